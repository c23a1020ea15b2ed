using System.CommandLine;
using System.Text.Json;
using AiSec.Cli.Infrastructure;
using AiSec.Guardrail.Classifier;
using AiSec.Guardrail.Classifier.Training;
using AiSec.Guardrail.Detection;
using AiSec.Guardrail.Evaluation;
using Spectre.Console;

namespace AiSec.Cli.Commands;

/// <summary>
/// <c>aisec guard eval</c>: the guardrail's <see cref="PipelineEvaluation"/> over labelled rows (accuracy, warm
/// per-text latency). Touches no storage.
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

            var result = PipelineEvaluation.Run(new GuardrailEngine(PromptClassifier.LoadEmbedded()), rows, cancellationToken);
            if (parse.GetValue(json))
            {
                // The report's fields, then how they were timed: one flat object, as scripts already read it.
                var output = JsonSerializer.SerializeToNode(result.Report, CliOutput.Json)!.AsObject();
                output["timing"] = result.Timing;
                CliOutput.WriteJson(output);
            }
            else
            {
                Print(result);
            }

            return Task.FromResult(ExitCodes.Success);
        });
    }

    private static void Print(PipelineEvalResult result)
    {
        var report = result.Report;
        var table = new Table().AddColumns("metric", "value");
        foreach (var (name, value) in new (string, object)[]
        {
            ("rows", report.Rows), ("tp", report.Tp), ("fp", report.Fp), ("tn", report.Tn), ("fn", report.Fn),
            ("precision", report.Precision), ("recall", report.Recall), ("f1", report.F1),
            ("balancedAccuracy", report.BalancedAccuracy), ("fpr", report.Fpr), ("fprBenignHard", report.FprBenignHard),
            ("p50Us", report.P50Us), ("p99Us", report.P99Us), ("timing", result.Timing), ("modelVersion", report.ModelVersion),
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
