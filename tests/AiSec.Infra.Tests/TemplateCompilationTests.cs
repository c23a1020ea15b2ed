using System.Text.Json.Nodes;
using AiSec.Infra.Tests.Bicep;

namespace AiSec.Infra.Tests;

/// <summary>The templates compile with the real bicep compiler and its linter finds nothing, and every deployment evaluates.</summary>
public sealed class TemplateCompilationTests
{
    public static TheoryData<string> Deployments => [.. Deployment.All.Select(d => d.Name)];

    [Theory]
    [InlineData("main.bicep")]
    [InlineData("subscriptionReader.bicep")]
    public async Task Compiles_with_no_compiler_or_linter_finding(string file)
    {
        var run = await CompiledTemplates.BuildAsync(file).WaitAsync(TestContext.Current.CancellationToken);

        Assert.True(run.Clean, $"bicep build {file}: {run.Stderr}");
    }

    [Fact]
    public async Task Linter_fails_the_build_on_security_findings()
    {
        var config = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(BicepCli.InfraDirectory, "bicepconfig.json"), TestContext.Current.CancellationToken))!;
        var rules = config["analyzers"]!["core"]!["rules"]!;

        Assert.True((bool)config["analyzers"]!["core"]!["enabled"]!);
        foreach (var rule in new[] { "secure-secrets-in-params", "outputs-should-not-contain-secrets", "no-hardcoded-env-urls", "use-secure-value-for-secure-inputs", "secure-parameter-default" })
        {
            Assert.Equal("error", (string?)rules[rule]?["level"]);
        }
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public async Task Every_deployment_evaluates_without_diagnostics(string deployment)
    {
        var snapshot = await Deployment.All.Single(d => d.Name == deployment).SnapshotAsync();

        Assert.NotEmpty(snapshot.Resources);
    }
}
