using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Discovery.Manual;
using AiSec.Shared.Assets;
using Spectre.Console;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec assets list|show|gaps|add</c>: the AI asset registry.</summary>
public static class AssetsCommands
{
    public static Command Create()
    {
        var command = new Command("assets", "The AI asset registry.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Gaps());
        command.Subcommands.Add(Add());
        return command;
    }

    private static Command List()
    {
        var json = CommonOptions.Json();
        var csv = new Option<bool>("--csv") { Description = "Print CSV on stdout." };
        var command = new Command("list", "List every registered asset.") { json, csv };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var assets = (await host.Get<AssetStore>().ListAsync(ct)).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(assets);
            }
            else if (parse.GetValue(csv))
            {
                Console.Out.WriteLine("id,name,source,assetType,status,modelName,modelVersion,cloudProvider,region,networkExposure,firstSeen,lastSeen");
                foreach (var a in assets)
                {
                    Console.Out.WriteLine(string.Join(',', new[] { a.Id, a.Name, a.Source, a.AssetType, a.Status, a.ModelName, a.ModelVersion, a.CloudProvider, a.Region, a.NetworkExposure, a.FirstSeen.ToString("o"), a.LastSeen.ToString("o") }.Select(CliOutput.Csv)));
                }
            }
            else
            {
                var table = new Table().AddColumns("name", "type", "source", "status", "exposure", "classification", "owner");
                foreach (var a in assets)
                {
                    table.AddRow(Markup.Escape(a.Name), a.AssetType, a.Source, a.Status, a.NetworkExposure, a.DataClassification, Markup.Escape(a.Owner ?? "-"));
                }

                AnsiConsole.Write(table);
            }

            return ExitCodes.Success;
        });
    }

    private static Command Show()
    {
        var id = new Argument<string>("id") { Description = "Asset id." };
        var command = new Command("show", "Print one asset as JSON.") { id, CommonOptions.Json() };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var asset = await host.Get<AssetStore>().GetAsync(parse.GetValue(id)!, ct) ?? throw new CliFailureException($"no asset '{parse.GetValue(id)}'");
            CliOutput.WriteJson(asset);
            return ExitCodes.Success;
        });
    }

    private static Command Gaps()
    {
        var json = CommonOptions.Json();
        var command = new Command("gaps", "The compliance-gap report.") { json };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var now = TimeProvider.System.GetUtcNow();
            var gaps = (await host.Get<AssetStore>().ListAsync(ct))
                .Select(a => new { id = a.Id, name = a.Name, gaps = ComplianceGaps.For(a, now) })
                .Where(g => g.gaps.Count > 0).OrderBy(g => g.name, StringComparer.Ordinal).ToList();
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(gaps);
            }
            else
            {
                var table = new Table().AddColumns("asset", "gaps");
                foreach (var g in gaps)
                {
                    table.AddRow(Markup.Escape(g.name), string.Join(", ", g.gaps));
                }

                AnsiConsole.Write(table);
            }

            return ExitCodes.Success;
        });
    }

    private static Command Add()
    {
        var file = new Option<FileInfo>("--file") { Description = "The asset as JSON (the seed's fields, camelCase).", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("add", "Register an asset no collector sees (agent, vector database, prompt template, dataset...).") { file, json };
        return command.WithHandler(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CliUsageException($"--file '{path.FullName}' does not exist");
            }

            var text = await File.ReadAllTextAsync(path.FullName, ct);
            try
            {
                ManualAssetReader.Read(text, DateTimeOffset.UnixEpoch); // validate before starting storage
            }
            catch (AssetValidationException ex)
            {
                throw new CliUsageException($"{path.Name}: {ex.Message}");
            }

            await using var host = await CliHost.StartAsync(ct);
            var (asset, created) = await host.Get<ManualRegistration>().RegisterAsync(text, Environment.UserName, ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(asset);
            }
            else
            {
                CliOutput.Info($"{(created ? "registered" : "updated")} {asset.Id}");
            }

            return ExitCodes.Success;
        });
    }

}
