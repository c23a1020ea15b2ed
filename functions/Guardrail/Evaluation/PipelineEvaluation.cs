using System.Diagnostics;
using AiSec.Guardrail.Classifier;
using AiSec.Guardrail.Classifier.Training;
using AiSec.Guardrail.Detection;
using AiSec.Guardrail.Policy;
using AiSec.Guardrail.Rules;

namespace AiSec.Guardrail.Evaluation;

/// <summary>
/// The full detection pipeline (normalization, rules, classifier) with the default policy over labelled rows:
/// accuracy, and the latency of each text measured warm. A first, untimed pass over every row pays the one-time
/// costs (JIT, regex compilation, caches); only the second pass is timed, so the figures describe the steady state
/// that the benchmarks and the server see. Touches no storage.
/// </summary>
public static class PipelineEvaluation
{
    /// <summary>How <see cref="PipelineEvalResult.Timing"/> was measured: after a full untimed pass.</summary>
    public const string WarmTiming = "warm";

    public static PipelineEvalResult Run(GuardrailEngine engine, IReadOnlyList<LabeledText> rows, CancellationToken cancellationToken)
    {
        RuleWarmUp.Run();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IsAttack(engine, row.Text);
        }

        var predicted = new bool[rows.Count];
        var latencies = new double[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            predicted[i] = IsAttack(engine, rows[i].Text);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        return new PipelineEvalResult(EvalReport.Compute(rows, predicted, latencies, engine.ModelVersion), WarmTiming);
    }

    private static bool IsAttack(GuardrailEngine engine, string text) =>
        engine.Check(new GuardrailInput(text, "eval"), GuardrailPolicy.Default, [], "eval", DateTimeOffset.UnixEpoch)
            .Categories.Any(c => DetectionCategory.Attacks.Contains(c.Name));
}
