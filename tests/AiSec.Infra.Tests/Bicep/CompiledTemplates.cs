using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace AiSec.Infra.Tests.Bicep;

/// <summary><c>bicep build</c> of the templates in infra/bicep, once per test run and file.</summary>
internal static class CompiledTemplates
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<BicepRun>>> Builds = new();

    public static Task<BicepRun> BuildAsync(string file) =>
        Builds.GetOrAdd(file, f => new(() => BicepCli.RunAsync(BicepCli.InfraDirectory, "build", f, "--stdout"))).Value;

    public static async Task<JsonNode> TemplateAsync(string file)
    {
        var run = await BuildAsync(file).WaitAsync(TestContext.Current.CancellationToken);
        Assert.True(run.Clean, $"bicep build {file}: {run.Stderr}");
        return JsonNode.Parse(run.Stdout)!;
    }

    /// <summary>Every resource of a compiled template, nested deployments' included.</summary>
    public static IEnumerable<JsonObject> Resources(JsonNode template)
    {
        // Templates list resources as an array, or as an object keyed by symbolic name (languageVersion 2.0).
        var resources = template["resources"] switch
        {
            JsonArray array => array.AsEnumerable(),
            JsonObject symbolic => symbolic.Select(p => p.Value),
            _ => [],
        };
        foreach (var resource in resources.OfType<JsonObject>())
        {
            yield return resource;
            if (resource["properties"] is JsonObject properties && properties["template"] is { } nested)
            {
                foreach (var inner in Resources(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
