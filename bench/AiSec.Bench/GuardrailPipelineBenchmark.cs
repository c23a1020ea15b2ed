using System.Diagnostics;
using AiSec.Guardrail.Classifier;
using AiSec.Guardrail.Detection;
using AiSec.Guardrail.Policy;

namespace AiSec.Bench;

/// <summary>In-process latency of the classifier and of the whole pipeline on a 2,000-character prompt, one thread.</summary>
public sealed class GuardrailPipelineBenchmark : IBenchmark
{
    private const int Iterations = 20_000;

    public string Name => "guardrail-pipeline";

    public string Description => "classifier and full-pipeline latency for a 2,000-character prompt; model load time";

    public Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var load = Stopwatch.StartNew();
        var classifier = PromptClassifier.LoadEmbedded();
        load.Stop();
        var reload = Stopwatch.StartNew();
        _ = PromptClassifier.LoadEmbedded();
        reload.Stop();

        var engine = new GuardrailEngine(classifier);
        var prompt = Prompt();
        var normalized = AiSec.Guardrail.Classifier.ClassifierInput.Prepare(AiSec.Guardrail.Normalization.TextNormalizer.Normalize(prompt));
        var classify = Measure(() => classifier.Score(normalized), cancellationToken);
        var pipeline = Measure(() => engine.Check(new GuardrailInput(prompt, "bench"), GuardrailPolicy.Default, [], "bench", DateTimeOffset.UnixEpoch), cancellationToken);

        BenchContext.Report(Name, "prompt_chars", prompt.Length, "");
        BenchContext.Report(Name, "model_load_cold", load.Elapsed.TotalMilliseconds, "ms");
        BenchContext.Report(Name, "model_load_warm", reload.Elapsed.TotalMilliseconds, "ms");
        BenchContext.Report(Name, "classifier_p50", Latency.Percentile(classify, 0.50), "us");
        BenchContext.Report(Name, "classifier_p99", Latency.Percentile(classify, 0.99), "us");
        BenchContext.Report(Name, "pipeline_p50", Latency.Percentile(pipeline, 0.50), "us");
        BenchContext.Report(Name, "pipeline_p99", Latency.Percentile(pipeline, 0.99), "us");
        return Task.CompletedTask;
    }

    /// <summary>Ordinary business prose with an e-mail address and numbers, 2,000 characters.</summary>
    public static string Prompt()
    {
        const string sentence = "Please review the attached quarterly report for the north region, compare revenue with last year, " +
            "and draft a short summary for jane.doe@example.com including the three largest cost increases and 2 recommendations. ";
        return string.Concat(Enumerable.Repeat(sentence, 10))[..2000];
    }

    private static List<double> Measure(Action action, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 2_000; i++)
        {
            action();
        }

        var samples = new List<double>(Iterations);
        for (var i = 0; i < Iterations && !cancellationToken.IsCancellationRequested; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }

        return samples;
    }
}
