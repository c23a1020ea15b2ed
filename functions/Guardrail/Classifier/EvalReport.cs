using System.Text.Json.Serialization;

namespace AiSec.Guardrail.Classifier;

/// <summary>The figures of <c>aisec guard eval --json</c>; field names are part of the CLI contract.</summary>
public sealed record EvalReport
{
    public int Rows { get; init; }

    public int Tp { get; init; }

    public int Fp { get; init; }

    public int Tn { get; init; }

    public int Fn { get; init; }

    public double Precision { get; init; }

    public double Recall { get; init; }

    public double F1 { get; init; }

    public double BalancedAccuracy { get; init; }

    public double Fpr { get; init; }

    public double FprBenignHard { get; init; }

    public IReadOnlyDictionary<string, double> RecallByKind { get; init; } = new Dictionary<string, double>();

    public double P50Us { get; init; }

    public double P99Us { get; init; }

    public string ModelVersion { get; init; } = "";

    /// <summary>Per source repository, when the rows name their sources (added after the first contract fields).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, SourceFigures>? BySource { get; init; }

    public static EvalReport Compute(
        IReadOnlyList<Training.LabeledText> rows, IReadOnlyList<bool> predicted, IReadOnlyList<double> latenciesUs, string modelVersion)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0, hardBenign = 0, hardFp = 0;
        var kinds = new Dictionary<string, (int Hit, int Total)>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var attack = predicted[i];
            if (row.IsAttack)
            {
                if (attack) { tp++; } else { fn++; }
                var (hit, total) = kinds.GetValueOrDefault(row.Kind);
                kinds[row.Kind] = (hit + (attack ? 1 : 0), total + 1);
            }
            else
            {
                if (attack) { fp++; } else { tn++; }
                if (row.Kind == "benign_hard")
                {
                    hardBenign++;
                    hardFp += attack ? 1 : 0;
                }
            }
        }

        var precision = Ratio(tp, tp + fp);
        var recall = Ratio(tp, tp + fn);
        var fpr = Ratio(fp, fp + tn);
        var sorted = latenciesUs.Order().ToArray();
        return new EvalReport
        {
            Rows = rows.Count,
            Tp = tp,
            Fp = fp,
            Tn = tn,
            Fn = fn,
            Precision = Round(precision),
            Recall = Round(recall),
            F1 = Round(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)),
            BalancedAccuracy = Round((recall + (1 - fpr)) / 2),
            Fpr = Round(fpr),
            FprBenignHard = Round(Ratio(hardFp, hardBenign)),
            RecallByKind = kinds.OrderBy(k => k.Key, StringComparer.Ordinal).ToDictionary(k => k.Key, k => Round(Ratio(k.Value.Hit, k.Value.Total))),
            P50Us = Round(Percentile(sorted, 0.50)),
            P99Us = Round(Percentile(sorted, 0.99)),
            ModelVersion = modelVersion,
            BySource = SourceFigures.Compute(rows, predicted),
        };
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double Round(double v) => Math.Round(v, 4, MidpointRounding.AwayFromZero);

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
