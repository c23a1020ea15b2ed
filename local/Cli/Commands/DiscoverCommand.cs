using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Discovery.HuggingFace;
using AiSec.Shared.Assets;
using Microsoft.Extensions.Configuration;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec discover --source hf --hf-path DIR</c>: inventory self-hosted models into the registry.</summary>
public static class DiscoverCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source") { Description = "Which collector to run (only hf is available in this build).", DefaultValueFactory = _ => "all" };
        source.AcceptOnlyFromAmong("azure", "aws", "hf", "all");
        var paths = new Option<string[]>("--hf-path") { Description = "Folder to scan for Hugging Face models (repeatable; adds to Discovery:HuggingFace:Paths).", AllowMultipleArgumentsPerToken = false };
        var json = CommonOptions.Json();
        var command = new Command("discover", "Find AI assets and record them in the registry.") { source, paths, json };
        return command.WithHandler(async (parse, ct) =>
        {
            if (parse.GetValue(source) is "azure" or "aws")
            {
                throw new CliFailureException($"the {parse.GetValue(source)} collector is not available in this build yet; use --source hf");
            }

            var configured = CliHost.LoadConfiguration().GetSection("Discovery:HuggingFace:Paths").Get<string[]>() ?? [];
            var roots = configured.Concat(parse.GetValue(paths) ?? []).Distinct(StringComparer.Ordinal).ToList();
            if (roots.Count == 0)
            {
                throw new CliUsageException("no folders to scan: pass --hf-path DIR or set Discovery:HuggingFace:Paths");
            }

            var now = TimeProvider.System.GetUtcNow();
            var scan = await HuggingFaceScanner.ScanAsync(roots, now, ct);
            await using var host = await CliHost.StartAsync(ct);
            var store = host.Get<AssetStore>();
            var found = new List<AiAsset>();
            var created = 0;
            foreach (var asset in scan.Assets)
            {
                var existing = await store.GetAsync(asset.Id, ct);
                created += existing is null ? 1 : 0;
                found.Add(existing is null ? asset : asset with { FirstSeen = existing.FirstSeen });
            }

            await store.UpsertAsync(found, ct);
            var dangerous = found.Count(a => a.Properties["weights"]?.AsArray().Any(w => w?["pickleRisk"]?.ToString() == PickleScanner.Dangerous) == true);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(new { source = "hf", assets = found.Count, created, updated = found.Count - created, dangerousPickles = dangerous, errors = scan.Errors });
            }
            else
            {
                CliOutput.Info($"hf: {found.Count} model(s) ({created} new), {dangerous} with dangerous pickle imports, {scan.Errors.Count} error(s)");
                foreach (var error in scan.Errors)
                {
                    CliOutput.Info($"  {error}");
                }
            }

            return ExitCodes.Success;
        });
    }
}
