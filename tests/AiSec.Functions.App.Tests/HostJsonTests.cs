using System.Text.Json.Nodes;
using AiSec.Testing;

namespace AiSec.Functions.App.Tests;

/// <summary>host.json is the Functions host's configuration; the isolated worker brings its extensions itself.</summary>
public sealed class HostJsonTests
{
    private static JsonNode HostJson() => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "host.json")))!;

    [Fact]
    public void Is_version_two_without_an_extension_bundle()
    {
        var json = HostJson();

        Assert.Equal("2.0", (string?)json["version"]);
        Assert.Null(json["extensionBundle"]);
    }

    [Fact]
    public void Configures_logging()
    {
        var logging = HostJson()["logging"];

        Assert.NotNull(logging?["logLevel"]?["default"]);
    }

    [Fact]
    public void Is_copied_into_the_app_output()
    {
        var copied = Path.Combine(FunctionsApp.OutputDirectory, "host.json");

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "host.json")), File.ReadAllText(copied));
    }
}
