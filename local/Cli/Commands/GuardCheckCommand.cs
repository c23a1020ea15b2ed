using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Guardrail.Classifier;
using AiSec.Guardrail.Detection;
using AiSec.Guardrail.Rules;
using AiSec.Guardrail.Policy;
using Spectre.Console;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec guard check "text" | --file F | stdin</c>: the verdict the HTTP endpoint would give.</summary>
public static class GuardCheckCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "Text to screen (or use --file, or pipe it on stdin).", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<FileInfo?>("--file") { Description = "Read the text from a file." };
        var source = new Option<string>("--source") { Description = "user, document, tool or system.", DefaultValueFactory = _ => Sources.User };
        source.AcceptOnlyFromAmong([.. Sources.All]);
        var json = CommonOptions.Json();
        var command = new Command("check", "Screen a prompt with the default policy and print the verdict.") { text, file, source, json };
        return command.WithHandler(async (parse, cancellationToken) =>
        {
            var input = await ReadInputAsync(parse.GetValue(text), parse.GetValue(file), cancellationToken);
            // A cold one-shot process: compile every rule first, so none spends its match timeout in the JIT.
            RuleWarmUp.Run();
            var engine = new GuardrailEngine(PromptClassifier.LoadEmbedded());
            var verdict = engine.Check(new GuardrailInput(input, "cli", parse.GetValue(source)!), GuardrailPolicy.Default, [], Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(verdict);
            }
            else
            {
                Print(verdict);
            }

            return ExitCodes.Success;
        });
    }

    private static async Task<string> ReadInputAsync(string? text, FileInfo? file, CancellationToken cancellationToken)
    {
        if (text is not null && file is not null)
        {
            throw new CliUsageException("give the text or --file, not both");
        }

        if (text is not null)
        {
            return text;
        }

        if (file is not null)
        {
            return file.Exists ? await File.ReadAllTextAsync(file.FullName, cancellationToken) : throw new CliUsageException($"--file '{file.FullName}' does not exist");
        }

        if (!Console.IsInputRedirected)
        {
            throw new CliUsageException("no text: pass it as an argument, with --file, or on stdin");
        }

        return await Console.In.ReadToEndAsync(cancellationToken);
    }

    private static void Print(Verdict verdict)
    {
        var colour = verdict.Decision switch { "block" => "red", "redact" => "yellow", "flag" => "blue", _ => "green" };
        AnsiConsole.MarkupLine($"[bold {colour}]{verdict.Decision.ToUpperInvariant()}[/] score {verdict.Score} ({verdict.ElapsedMs} ms, model {Markup.Escape(verdict.ModelVersion)})");
        if (verdict.Categories.Count > 0)
        {
            var table = new Table().AddColumns("category", "score", "action", "rule / model", "spans");
            foreach (var c in verdict.Categories)
            {
                table.AddRow(c.Name, c.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Action,
                    Markup.Escape(c.Rule ?? c.Model ?? string.Join(',', c.Types ?? [])), string.Join(' ', c.Spans.Select(s => $"{s.Start}-{s.End}")));
            }

            AnsiConsole.Write(table);
        }

        if (verdict.RedactedText is not null)
        {
            AnsiConsole.MarkupLine($"redacted: {Markup.Escape(verdict.RedactedText)}");
        }
    }
}
