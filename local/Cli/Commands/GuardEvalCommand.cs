using System.CommandLine;
using System.Diagnostics;
using AiSec.Cli.Infrastructure;
using AiSec.Guardrail;
using AiSec.Guardrail.Classifier;
using AiSec.Guardrail.Classifier.Training;
using AiSec.Guardrail.Detection;
using AiSec.Guardrail.Policy;
using AiSec.Guardrail.Rules;
using Spectre.Console;

namespace AiSec.Cli.Commands;

/// <summary>
/// <c>aisec guard eval</c>: runs the full detection pipeline (normalization, rules, classifier) with the default
/// policy over labelled rows and reports accuracy and per-text latency. Touches no storage.
/// </summary>
public static class GuardEvalCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "JSON lines: {\"text\", \"label\": \"attack\"|\"benign\", \"kind\"?}.", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("eval", "Measure the guardrail on labelled prompts.") { input, json };
        return command.WithHandler((parse, cancellationToken) =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                throw new CliUsageException($"--input '{file.FullName}' does not exist");
            }

            IReadOnlyList<LabeledText> rows;
            try
            {
                rows = LabeledTextReader.Read(file.FullName);
            }
            catch (LabeledDataException ex)
            {
                throw new CliUsageException($"{file.Name}: {ex.Message}");
            }

            var engine = new GuardrailEngine(PromptClassifier.LoadEmbedded());
            var report = Evaluate(engine, rows, cancellationToken);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(report);
            }
            else
            {
                Print(report);
            }

            return Task.FromResult(ExitCodes.Success);
        });
    }

    public static EvalReport Evaluate(GuardrailEngine engine, IReadOnlyList<LabeledText> rows, CancellationToken cancellationToken)
    {
        var policy = GuardrailPolicy.Default;
        bool IsAttack(string text) =>
            engine.Check(new GuardrailInput(text, "eval"), policy, [], "eval", DateTimeOffset.UnixEpoch).Categories.Any(c => DetectionCategory.Attacks.Contains(c.Name));

        // Warm-up: JIT and caches, so latencies describe the steady state.
        RuleWarmUp.Run();
        foreach (var row in rows.Take(50))
        {
            IsAttack(row.Text);
        }

        var predicted = new bool[rows.Count];
        var latencies = new double[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            predicted[i] = IsAttack(rows[i].Text);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        return EvalReport.Compute(rows, predicted, latencies, engine.ModelVersion);
    }

    private static void Print(EvalReport report)
    {
        var table = new Table().AddColumns("metric", "value");
        foreach (var (name, value) in new (string, object)[]
        {
            ("rows", report.Rows), ("tp", report.Tp), ("fp", report.Fp), ("tn", report.Tn), ("fn", report.Fn),
            ("precision", report.Precision), ("recall", report.Recall), ("f1", report.F1),
            ("balancedAccuracy", report.BalancedAccuracy), ("fpr", report.Fpr), ("fprBenignHard", report.FprBenignHard),
            ("p50Us", report.P50Us), ("p99Us", report.P99Us), ("modelVersion", report.ModelVersion),
        })
        {
            table.AddRow(name, Markup.Escape(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
        }

        foreach (var (kind, recall) in report.RecallByKind)
        {
            table.AddRow($"recall[{Markup.Escape(kind)}]", recall.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
    }
}
