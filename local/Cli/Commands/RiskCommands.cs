using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Risk.Scoring;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec risk ...</c>: the risk model.</summary>
public static class RiskCommands
{
    public static Command Create()
    {
        var command = new Command("risk", "Score AI assets with the risk model.");
        command.Subcommands.Add(Score());
        return command;
    }

    /// <summary><c>aisec risk score --asset-file F [--controls-file C] [--json]</c>: pure, touches no storage.</summary>
    private static Command Score()
    {
        var assetFile = new Option<FileInfo>("--asset-file") { Description = "The asset (the seed's fields, camelCase).", Required = true };
        var controlsFile = new Option<FileInfo?>("--controls-file") { Description = "[{\"type\": \"input_filtering\", \"operational\": true}, ...]" };
        var json = CommonOptions.Json();
        var command = new Command("score", "Score one asset from files; touches no storage.") { assetFile, controlsFile, json };
        return command.WithHandler(async (parse, ct) =>
        {
            RiskInput asset;
            IReadOnlyList<ControlState> controls;
            try
            {
                asset = RiskInputReader.ReadAsset(await ReadAsync(parse.GetValue(assetFile)!, "--asset-file", ct));
                controls = parse.GetValue(controlsFile) is { } file ? RiskInputReader.ReadControls(await ReadAsync(file, "--controls-file", ct)) : [];
            }
            catch (RiskInputException ex)
            {
                throw new CliUsageException(ex.Message);
            }

            var result = new RiskScorer(Options.Create(new RiskWeights()), TimeProvider.System).Score(asset, controls);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(result);
            }
            else
            {
                Print(result);
            }

            return ExitCodes.Success;
        });
    }

    private static async Task<string> ReadAsync(FileInfo file, string option, CancellationToken ct) =>
        file.Exists ? await File.ReadAllTextAsync(file.FullName, ct) : throw new CliUsageException($"{option} '{file.FullName}' does not exist");

    public static string Colour(string level) => level switch
    {
        RiskLevels.Critical => "red",
        RiskLevels.High => "darkorange",
        RiskLevels.Medium => "yellow",
        _ => "green",
    };

    private static void Print(RiskResult result)
    {
        AnsiConsole.MarkupLine($"[bold {Colour(result.RiskLevel)}]{result.RiskLevel}[/] residual {result.ResidualRiskScore} (inherent {result.InherentRiskScore}, controls {result.ControlEffectiveness:P0}, reduction {result.RiskReductionPercentage}%)");
        var table = new Table().AddColumns("dimension", "score", "weight", "contribution", "why");
        foreach (var f in result.RiskFactors)
        {
            table.AddRow(f.Dimension, $"{f.Score}", $"{f.Weight}", $"{f.Contribution}", Markup.Escape(f.Details));
        }

        AnsiConsole.Write(table);
        foreach (var r in result.Recommendations)
        {
            AnsiConsole.MarkupLine($"- [bold]{Markup.Escape(string.Join(", ", r.OwaspLlm))}[/] {Markup.Escape(r.Text)}");
        }
    }
}
