using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Risk.Acceptance;
using AiSec.Risk.Admin;
using AiSec.Risk.Assessment;
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
        command.Subcommands.Add(Assess());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(History());
        command.Subcommands.Add(Attest());
        command.Subcommands.Add(Accept());
        return command;
    }

    /// <summary><c>aisec risk accept ASSET --by WHO --until DATE --reason R</c>: accept an asset's residual risk until a date.</summary>
    private static Command Accept()
    {
        var asset = new Argument<string>("asset") { Description = "Asset id." };
        var by = new Option<string>("--by") { Description = "Who accepts the risk (name or e-mail).", Required = true };
        var until = new Option<DateTimeOffset>("--until") { Description = "When the acceptance ends (ISO date, in the future).", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why the risk is accepted.", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("accept", "Accept an asset's residual risk until a date (renewing any earlier acceptance).") { asset, by, until, reason, json };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var acceptance = await host.Get<RiskAdmin>().AcceptAsync(
                new AcceptanceRequest(parse.GetValue(asset)!, parse.GetValue(by)!, parse.GetValue(until), parse.GetValue(reason)!), CliActor.Current, ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(acceptance);
            }
            else
            {
                CliOutput.Info($"risk of {acceptance.AssetId} accepted by {acceptance.AcceptedBy} until {acceptance.Until:yyyy-MM-dd}");
            }

            return ExitCodes.Success;
        });
    }

    /// <summary><c>aisec risk attest --asset ID --control TYPE --by WHO [--expires DATE]</c>: a control nothing can observe.</summary>
    private static Command Attest()
    {
        var asset = new Option<string>("--asset") { Description = "Asset id.", Required = true };
        var control = new Option<string>("--control") { Description = "Control type, e.g. monitoring.", Required = true };
        control.AcceptOnlyFromAmong([.. RiskAdmin.Controls]);
        var by = new Option<string>("--by") { Description = "Who attests (name or e-mail).", Required = true };
        var expires = new Option<DateTimeOffset?>("--expires") { Description = "When the attestation lapses (ISO date)." };
        var command = new Command("attest", "Record that a control is in place for an asset (who, when, until when).") { asset, control, by, expires };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var request = new AttestationRequest(parse.GetValue(asset)!, parse.GetValue(control)!, parse.GetValue(by)!, parse.GetValue(expires));
            var attestation = await host.Get<RiskAdmin>().AttestAsync(request, CliActor.Current, ct)
                ?? throw new CliFailureException($"no asset '{request.AssetId}'");
            CliOutput.Info($"attested {attestation.Control} for {attestation.AssetId}; it counts from the next assessment");
            return ExitCodes.Success;
        });
    }

    /// <summary><c>aisec risk assess [--json|--csv]</c>: assess every registry asset now and print them by residual risk.</summary>
    private static Command Assess()
    {
        var json = CommonOptions.Json();
        var csv = new Option<bool>("--csv") { Description = "Print CSV on stdout." };
        var command = new Command("assess", "Assess every asset in the registry now (evidence-derived controls) and store the scores.") { json, csv };
        return command.WithHandler(async (parse, ct) =>
        {
            if (parse.GetValue(json) && parse.GetValue(csv))
            {
                throw new CliUsageException("choose --json or --csv, not both");
            }

            await using var host = await CliHost.StartAsync(ct);
            var summary = await host.Get<RiskAssessor>().AssessAllAsync(ct);
            var rows = summary.Results.OrderByDescending(r => r.Result.ResidualRiskScore).ToList();
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(rows.Select(r => new { assetId = r.AssetId, assessedAt = r.AssessedAt, r.Result.AssetName, r.Result.InherentRiskScore, r.Result.ControlEffectiveness, r.Result.ResidualRiskScore, r.Result.RiskLevel, r.Result.RiskReductionPercentage, r.Result.RiskFactors, r.Result.Controls, r.Result.Recommendations }));
            }
            else if (parse.GetValue(csv))
            {
                Console.Out.WriteLine("assetId,name,inherentRiskScore,controlEffectiveness,residualRiskScore,riskLevel");
                foreach (var r in rows)
                {
                    Console.Out.WriteLine(FormattableString.Invariant($"{CliOutput.Csv(r.AssetId)},{CliOutput.Csv(r.Result.AssetName)},{r.Result.InherentRiskScore},{r.Result.ControlEffectiveness},{r.Result.ResidualRiskScore},{r.Result.RiskLevel}"));
                }
            }
            else
            {
                var table = new Table().AddColumns("asset", "level", "residual", "inherent", "controls");
                foreach (var r in rows)
                {
                    table.AddRow(Markup.Escape(r.Result.AssetName), $"[{Colour(r.Result.RiskLevel)}]{r.Result.RiskLevel}[/]", $"{r.Result.ResidualRiskScore}", $"{r.Result.InherentRiskScore}",
                        Markup.Escape(string.Join(", ", r.Result.Controls.Where(c => c.Operational).Select(c => c.Type))));
                }

                AnsiConsole.Write(table);
                CliOutput.Info($"{summary.Assessed} assessed, {summary.Skipped} skipped (invalid fields), {summary.Rises} risk_increase signal(s)");
            }

            return ExitCodes.Success;
        });
    }

    private static Command Show()
    {
        var asset = new Argument<string>("asset") { Description = "Asset id." };
        var json = CommonOptions.Json();
        var command = new Command("show", "Show an asset's latest assessment with its factors and controls.") { asset, json };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var latest = await host.Get<RiskScores>().LatestAsync(parse.GetValue(asset)!, ct)
                ?? throw new CliFailureException($"no assessment for asset '{parse.GetValue(asset)}' (run 'aisec risk assess')");
            var acceptance = await host.Get<RiskAcceptances>().ForAssetAsync(latest.AssetId, ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(new { latest.AssetId, latest.AssessedAt, latest.Result, acceptance });
            }
            else
            {
                Print(latest.Result);
                foreach (var c in latest.Result.Controls)
                {
                    AnsiConsole.MarkupLine($"  control {c.Type}: {(c.Operational ? "[green]operational[/]" : "[grey]not operational[/]")} ({Markup.Escape(c.Evidence)})");
                }

                if (acceptance is not null)
                {
                    var state = acceptance.IsActive(host.Get<TimeProvider>().GetUtcNow()) ? "[yellow]accepted[/]" : "[red]acceptance expired[/]";
                    AnsiConsole.MarkupLine($"  risk {state} by {Markup.Escape(acceptance.AcceptedBy)} until {acceptance.Until:yyyy-MM-dd}: {Markup.Escape(acceptance.Reason)}");
                }
            }

            return ExitCodes.Success;
        });
    }

    private static Command History()
    {
        var asset = new Argument<string>("asset") { Description = "Asset id." };
        var count = new Option<int>("-n") { Description = "How many assessments, newest first.", DefaultValueFactory = _ => 20 };
        var json = CommonOptions.Json();
        var command = new Command("history", "An asset's assessments over time, newest first.") { asset, count, json };
        return command.WithHandler(async (parse, ct) =>
        {
            var n = parse.GetValue(count);
            if (n is < 1 or > 10_000)
            {
                throw new CliUsageException("-n must be between 1 and 10000");
            }

            await using var host = await CliHost.StartAsync(ct);
            var history = await host.Get<RiskScores>().HistoryAsync(parse.GetValue(asset)!, n, ct);
            var points = history.Select(h => new { assessedAt = h.AssessedAt, residualRiskScore = h.Result.ResidualRiskScore, inherentRiskScore = h.Result.InherentRiskScore, riskLevel = h.Result.RiskLevel }).ToList();
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(points);
            }
            else
            {
                var table = new Table().AddColumns("assessed", "level", "residual", "inherent");
                foreach (var p in points)
                {
                    table.AddRow(p.assessedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture), $"[{Colour(p.riskLevel)}]{p.riskLevel}[/]", $"{p.residualRiskScore}", $"{p.inherentRiskScore}");
                }

                AnsiConsole.Write(table);
            }

            return ExitCodes.Success;
        });
    }


    /// <summary><c>aisec risk score --asset-file F [--controls-file C] [--json]</c>: pure, touches no storage.</summary>
    private static Command Score()
    {
        var assetFile = new Option<FileInfo>("--asset-file") { Description = "The asset: the seed's fields, camelCase or its to_dict() snake_case.", Required = true };
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
