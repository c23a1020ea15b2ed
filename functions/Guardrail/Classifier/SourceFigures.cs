using AiSec.Guardrail.Classifier.Training;

namespace AiSec.Guardrail.Classifier;

/// <summary>
/// How one source of labelled rows fared: a figure over all rows can hide a source the detector never learned
/// (a new data set, a new language), so <c>guard eval</c> reports each source (its repository) on its own.
/// </summary>
public sealed record SourceFigures(int Attacks, int Detected, int Benign, int FalsePositives)
{
    public double Recall => Attacks == 0 ? 0 : Math.Round((double)Detected / Attacks, 4);

    public double Fpr => Benign == 0 ? 0 : Math.Round((double)FalsePositives / Benign, 4);

    /// <summary>Figures per <see cref="LabeledText.SourceGroup"/>; null when no row names its source.</summary>
    public static IReadOnlyDictionary<string, SourceFigures>? Compute(IReadOnlyList<LabeledText> rows, IReadOnlyList<bool> predicted)
    {
        if (rows.All(r => r.SourceGroup is null))
        {
            return null;
        }

        var counts = new SortedDictionary<string, (int A, int D, int B, int F)>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var group = rows[i].SourceGroup ?? "(none)";
            var (a, d, b, f) = counts.GetValueOrDefault(group);
            counts[group] = rows[i].IsAttack
                ? (a + 1, d + (predicted[i] ? 1 : 0), b, f)
                : (a, d, b + 1, f + (predicted[i] ? 1 : 0));
        }

        return counts.ToDictionary(c => c.Key, c => new SourceFigures(c.Value.A, c.Value.D, c.Value.B, c.Value.F), StringComparer.Ordinal);
    }
}
