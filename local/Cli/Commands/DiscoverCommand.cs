using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Discovery;
using AiSec.Discovery.Collectors;
using AiSec.Discovery.HuggingFace;
using AiSec.Discovery.Registry;
using AiSec.Shared.Assets;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace AiSec.Cli.Commands;

/// <summary>
/// <c>aisec discover [--source azure|aws|hf|all] [--hf-path DIR]...</c>: run collectors now and reconcile what they
/// saw into the registry, with a live progress line on an interactive terminal.
/// </summary>
public static class DiscoverCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source") { Description = "Which collector to run; all runs every configured one.", DefaultValueFactory = _ => "all" };
        source.AcceptOnlyFromAmong("azure", "aws", "hf", "all");
        var paths = new Option<string[]>("--hf-path") { Description = "Folder to scan for Hugging Face models (repeatable; adds to Discovery:HuggingFace:Paths).", AllowMultipleArgumentsPerToken = false };
        var json = CommonOptions.Json();
        var command = new Command("discover", "Find AI assets and record them in the registry.") { source, paths, json };
        return command.WithHandler(async (parse, ct) =>
        {
            var extraPaths = parse.GetValue(paths) ?? [];
            var selected = parse.GetValue(source) switch
            {
                "all" => null,
                var one => (IReadOnlyCollection<string>)[one!],
            };
            await using var host = await CliHost.StartAsync(ct, HuggingFacePaths(extraPaths));
            var runner = host.Get<DiscoveryRunner>();
            if (selected is null && !runner.Collectors.Any(c => c.IsConfigured))
            {
                throw new CliUsageException("no collector is configured: set Discovery:Azure:Enabled, Discovery:Aws:Regions or Discovery:HuggingFace:Paths, or pass --hf-path DIR");
            }

            IReadOnlyList<ReconcileSummary> summaries;
            try
            {
                summaries = await RunWithProgressAsync(runner, selected, ct);
            }
            catch (DiscoveryConfigurationException ex)
            {
                throw new CliUsageException(ex.Message);
            }

            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(new { sources = summaries.Select(Describe).ToList() });
            }
            else
            {
                PrintTable(summaries);
            }

            var failed = summaries.Sum(s => s.Failures.Count);
            return failed == 0 ? ExitCodes.Success : CliOutput.Fail(ExitCodes.Failure, $"discovery finished with {failed} scope(s) that could not be read; their assets are marked unknown");
        });
    }

    /// <summary>Configured folders first, then --hf-path ones, written over the configured list's indices.</summary>
    private static Dictionary<string, string?> HuggingFacePaths(string[] extra)
    {
        var configured = CliHost.LoadConfiguration().GetSection(HuggingFaceDiscoveryOptions.SectionName + ":Paths").Get<string[]>() ?? [];
        return configured.Concat(extra.Select(Path.GetFullPath)).Distinct(StringComparer.Ordinal)
            .Select((path, i) => (path, i))
            .ToDictionary(p => $"{HuggingFaceDiscoveryOptions.SectionName}:Paths:{p.i}", p => (string?)p.path);
    }

    private static async Task<IReadOnlyList<ReconcileSummary>> RunWithProgressAsync(DiscoveryRunner runner, IReadOnlyCollection<string>? sources, CancellationToken ct)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected || !console.Profile.Capabilities.Interactive)
        {
            return await runner.RunAsync(sources, "cli", null, ct);
        }

        return await console.Status().StartAsync("discovering...", async context =>
        {
            var progress = new Progress<CollectionProgress>(p => context.Status($"{p.Source}: {Markup.Escape(p.Message)} ({p.AssetsSoFar} assets)"));
            return await runner.RunAsync(sources, "cli", progress, ct);
        });
    }

    private static object Describe(ReconcileSummary s) => new
    {
        source = s.Source,
        assets = s.Seen,
        created = s.Created,
        updated = s.Updated,
        missing = s.Missing,
        unknown = s.Unknown,
        changes = s.Changes.Select(c => new { assetId = c.AssetId, change = c.Kind, details = c.Details }).ToList(),
        failures = s.Failures.Select(f => new { scope = f.Scope, error = f.Error }).ToList(),
        warnings = s.Warnings,
        dangerousPickles = s.Assets.Count(a => a.Properties["weights"] is System.Text.Json.Nodes.JsonArray weights
            && weights.Any(w => w?["pickleRisk"]?.ToString() == PickleScanner.Dangerous)),
    };

    private static void PrintTable(IReadOnlyList<ReconcileSummary> summaries)
    {
        var table = new Table().AddColumns("source", "assets", "new", "missing", "unknown", "changes", "failed scopes");
        foreach (var s in summaries)
        {
            table.AddRow(s.Source, $"{s.Seen}", $"{s.Created}", $"{s.Missing}", $"{s.Unknown}", $"{s.Changes.Count}", $"{s.Failures.Count}");
        }

        AnsiConsole.Write(table);
        foreach (var change in summaries.SelectMany(s => s.Changes).Where(c => c.Kind != AssetChangeKinds.NewAsset).Take(50))
        {
            CliOutput.Info($"  {change.Kind}: {change.AssetId} {change.Details}");
        }

        foreach (var warning in summaries.SelectMany(s => s.Warnings))
        {
            CliOutput.Info($"  warning: {warning}");
        }

        foreach (var failure in summaries.SelectMany(s => s.Failures))
        {
            CliOutput.Info($"  failed: {failure.Scope}: {failure.Error}");
        }
    }
}
