using System.Text.Json.Nodes;
using AiSec.Infra.Tests.Bicep;

namespace AiSec.Infra.Tests;

/// <summary><c>azd up</c> finds the infrastructure, the parameters and the service it deploys the code to.</summary>
public sealed class AzdTests
{
    [Fact]
    public async Task Azure_yaml_deploys_the_functions_project_with_the_bicep_infrastructure()
    {
        var lines = (await File.ReadAllLinesAsync(Path.Combine(BicepCli.RepositoryRoot, "azure.yaml"), TestContext.Current.CancellationToken))
            .Select(l => l.TrimEnd())
            .Where(l => l.Length > 0 && !l.TrimStart().StartsWith('#'))
            .ToList();

        Assert.Equal(["  provider: bicep", "  path: infra/bicep", "  module: main"], lines.SkipWhile(l => l != "infra:").Skip(1).Take(3));
        Assert.Equal(["  functions:", "    project: functions/App", "    language: dotnet", "    host: function"], lines.SkipWhile(l => l != "services:").Skip(1).Take(4));
        Assert.Single(Directory.GetFiles(Path.Combine(BicepCli.RepositoryRoot, "functions", "App"), "*.csproj"));
        Assert.True(File.Exists(Path.Combine(BicepCli.InfraDirectory, "main.bicep")));
    }

    [Fact]
    public async Task Parameters_file_sets_only_parameters_of_main_and_every_required_one()
    {
        var template = await CompiledTemplates.TemplateAsync("main.bicep");
        var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(BicepCli.InfraDirectory, "main.parameters.json"), TestContext.Current.CancellationToken))!;

        var declared = template["parameters"]!.AsObject();
        var set = file["parameters"]!.AsObject().Select(p => p.Key).ToList();
        Assert.All(set, name => Assert.True(declared.ContainsKey(name), $"main.parameters.json sets {name}, which main.bicep does not declare"));
        Assert.All(declared.Where(p => p.Value!["defaultValue"] is null), p => Assert.Contains(p.Key, set));
    }

    [Fact]
    public async Task The_app_carries_the_tag_azd_deploys_to()
    {
        var site = (await Deployment.Defaults.SnapshotAsync()).Single("Microsoft.Web/sites");

        Assert.Equal("functions", (string?)site["tags"]!["azd-service-name"]);
    }
}
