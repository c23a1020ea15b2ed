using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.Discovery.Admin;
using AiSec.Discovery.Manual;
using AiSec.Discovery.Registry;
using AiSec.Shared.Assets;
using Spectre.Console;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec assets list|show|search|graph|gaps|add|annotate</c>: the AI asset registry.</summary>
public static class AssetsCommands
{
    public static Command Create()
    {
        var command = new Command("assets", "The AI asset registry.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Search());
        command.Subcommands.Add(Graph());
        command.Subcommands.Add(Gaps());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Annotate());
        return command;
    }

    private static Command List()
    {
        var (json, csv) = (CommonOptions.Json(), Csv());
        var command = new Command("list", "List every registered asset.") { json, csv };
        return command.WithHandler((parse, ct) => PrintMatchesAsync(new AssetQuery(), parse.GetValue(json), parse.GetValue(csv), ct));
    }

    private static Command Search()
    {
        var type = VocabularyOption.Create("--type", "Asset type, e.g. ai_agent or api_endpoint.", AssetVocabulary.Types.All);
        var classification = VocabularyOption.Create("--classification", "Data classification.", AssetVocabulary.Classification.All);
        var status = new Option<string>("--status") { Description = "active, missing or unknown." };
        status.AcceptOnlyFromAmong([.. AssetVocabulary.Status.All]);
        var source = new Option<string>("--source") { Description = "azure, aws, hf or manual." };
        source.AcceptOnlyFromAmong([.. AssetVocabulary.Sources.All]);
        var owner = new Option<string>("--owner") { Description = "Owner (exact, case-insensitive)." };
        var regulatory = new Option<string>("--regulatory") { Description = "A regulatory scope the asset is in, e.g. gdpr." };
        var unreviewed = new Option<bool>("--unreviewed") { Description = "Only assets never security-reviewed, or reviewed more than 90 days ago." };
        var text = new Option<string>("--text") { Description = "Text in the id, name, model, owner, region or tag values." };
        var (json, csv) = (CommonOptions.Json(), Csv());
        var command = new Command("search", "Find assets by type, classification, owner, regulatory scope, status, review state or text.")
        {
            type, classification, owner, regulatory, status, source, unreviewed, text, json, csv,
        };
        return command.WithHandler((parse, ct) => PrintMatchesAsync(
            new AssetQuery(parse.GetValue(type), parse.GetValue(classification), parse.GetValue(owner), parse.GetValue(regulatory), parse.GetValue(status), parse.GetValue(source), parse.GetValue(unreviewed), parse.GetValue(text)),
            parse.GetValue(json),
            parse.GetValue(csv),
            ct));
    }

    private static Option<bool> Csv() => new("--csv") { Description = "Print CSV on stdout." };

    private static async Task<int> PrintMatchesAsync(AssetQuery query, bool json, bool csv, CancellationToken ct)
    {
        await using var host = await CliHost.StartAsync(ct);
        var assets = await host.Get<AssetCatalog>().SearchAsync(query, ct);
        if (json)
        {
            CliOutput.WriteJson(assets);
        }
        else if (csv)
        {
            Console.Out.WriteLine("id,name,source,assetType,status,modelName,modelVersion,cloudProvider,region,networkExposure,firstSeen,lastSeen");
            foreach (var a in assets)
            {
                Console.Out.WriteLine(string.Join(',', new[] { a.Id, a.Name, a.Source, a.AssetType, a.Status, a.ModelName, a.ModelVersion, a.CloudProvider, a.Region, a.NetworkExposure, a.FirstSeen.ToString("o"), a.LastSeen.ToString("o") }.Select(CliOutput.Csv)));
            }
        }
        else
        {
            var table = new Table().AddColumns("name", "type", "source", "status", "model", "exposure", "classification", "owner");
            foreach (var a in assets)
            {
                table.AddRow(Markup.Escape(a.Name), a.AssetType, a.Source, a.Status, Markup.Escape(a.ModelName is null ? "-" : $"{a.ModelName} {a.ModelVersion}".Trim()), a.NetworkExposure, a.DataClassification, Markup.Escape(a.Owner ?? "-"));
            }

            AnsiConsole.Write(table);
        }

        return ExitCodes.Success;
    }

    private static Command Graph()
    {
        var id = new Argument<string>("id") { Description = "Asset id." };
        var depth = new Option<int?>("--depth") { Description = "How many links away to go (default: all)." };
        depth.Validators.Add(r =>
        {
            if (r.GetValue(depth) is < 1)
            {
                r.AddError("--depth must be at least 1");
            }
        });
        var json = CommonOptions.Json();
        var command = new Command("graph", "The asset's upstream and downstream dependencies (links may form cycles).") { id, depth, json };
        return command.WithHandler(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var wanted = parse.GetValue(id)!;
            var graph = await host.Get<AssetCatalog>().GraphAsync(wanted, parse.GetValue(depth), ct) ?? throw new CliFailureException($"no asset '{wanted}'");
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(graph);
                return ExitCodes.Success;
            }

            var root = graph.Nodes.First(n => n.Id == graph.Root);
            var tree = new Tree(Markup.Escape($"{root.Name ?? root.Id} ({root.AssetType})"));
            foreach (var edge in graph.Edges)
            {
                var from = graph.Nodes.First(n => n.Id == edge.From);
                var to = graph.Nodes.First(n => n.Id == edge.To);
                tree.AddNode(Markup.Escape($"{from.Name ?? from.Id} -> {to.Name ?? to.Id}{(to.Registered ? "" : " (not registered)")}"));
            }

            AnsiConsole.Write(tree);
            return ExitCodes.Success;
        });
    }

    private static Command Annotate()
    {
        var id = new Argument<string>("id") { Description = "Asset id." };
        var owner = new Option<string>("--owner") { Description = "Who answers for the asset." };
        var classification = VocabularyOption.Create("--classification", "Data classification.", AssetVocabulary.Classification.All);
        var regulatory = new Option<string[]>("--regulatory") { Description = "Regulatory scope (repeatable), e.g. gdpr.", AllowMultipleArgumentsPerToken = true };
        var environment = VocabularyOption.Create("--env", "Deployment environment.", AssetVocabulary.Environment.All);
        var guardrailApp = new Option<string>("--guardrail-app") { Description = "The guardrail application that fronts the asset." };
        var reviewed = new Option<DateTimeOffset?>("--reviewed") { Description = "Date of the last security review (ISO 8601)." };
        var sbom = new Option<bool?>("--sbom") { Description = "Whether an SBOM is available." };
        var json = CommonOptions.Json();
        var command = new Command("annotate", "Set facts people know (owner, classification, scope...); they survive every rediscovery.")
        {
            id, owner, classification, regulatory, environment, guardrailApp, reviewed, sbom, json,
        };
        return command.WithHandler(async (parse, ct) =>
        {
            var body = new System.Text.Json.Nodes.JsonObject
            {
                ["owner"] = parse.GetValue(owner),
                ["dataClassification"] = parse.GetValue(classification),
                ["regulatoryScope"] = parse.GetValue(regulatory) is { Length: > 0 } scopes ? new System.Text.Json.Nodes.JsonArray([.. scopes.Select(s => (System.Text.Json.Nodes.JsonNode?)s)]) : null,
                ["deploymentEnv"] = parse.GetValue(environment),
                ["guardrailApp"] = parse.GetValue(guardrailApp),
                ["lastSecurityReview"] = parse.GetValue(reviewed)?.ToString("o"),
                ["sbomAvailable"] = parse.GetValue(sbom),
            };
            foreach (var empty in body.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                body.Remove(empty);
            }

            if (body.Count == 0)
            {
                throw new CliUsageException("nothing to annotate: pass at least one of --owner, --classification, --regulatory, --env, --guardrail-app, --reviewed, --sbom");
            }

            await using var host = await CliHost.StartAsync(ct);
            var wanted = parse.GetValue(id)!;
            var annotated = await host.Get<DiscoveryAdmin>().AnnotateAsync(wanted, body.ToJsonString(), CliActor.Current, ct)
                ?? throw new CliFailureException($"no asset '{wanted}'");

            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(annotated);
            }
            else
            {
                CliOutput.Info($"annotated {annotated.Id}");
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
            var asset = await host.Get<AssetCatalog>().FindAsync(parse.GetValue(id)!, ct) ?? throw new CliFailureException($"no asset '{parse.GetValue(id)}'");
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
            var gaps = await host.Get<AssetCatalog>().GapsAsync(ct);
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(gaps);
            }
            else
            {
                var table = new Table().AddColumns("asset", "gaps");
                foreach (var g in gaps)
                {
                    table.AddRow(Markup.Escape(g.Name), string.Join(", ", g.Gaps));
                }

                AnsiConsole.Write(table);
            }

            return ExitCodes.Success;
        });
    }

    private static Command Add()
    {
        var file = new Option<FileInfo>("--file") { Description = "The asset as JSON: the seed's fields, camelCase or its to_dict() snake_case.", Required = true };
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
            // Read before storage starts, so a mistake in the file costs nothing; the admin service validates again.
            ManualAssetReader.Read(text, DateTimeOffset.UnixEpoch);
            await using var host = await CliHost.StartAsync(ct);
            var (asset, created) = await host.Get<DiscoveryAdmin>().RegisterAsync(text, CliActor.Current, ct);
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
