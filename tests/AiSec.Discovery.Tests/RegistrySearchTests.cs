using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AiSec.Testing;

namespace AiSec.Discovery.Tests;

/// <summary>Searching the registry and walking its dependency graph, over HTTP and the CLI.</summary>
public sealed class RegistrySearchTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Search_filters_combine_and_the_graph_is_cycle_safe()
    {
        await using var factory = new LocalHostFactory(azurite);
        using var client = factory.CreateClient();
        await factory.StorageReadyAsync(); // tables are created in the background after start-up
        await client.PostAsync(new Uri("/api/assets", UriKind.Relative), Json("""{"id":"manual:agent","name":"Support agent","assetType":"ai_agent","owner":"cx","regulatoryScope":["gdpr"],"upstream":["manual:kb"],"downstream":["manual:ghost"]}"""), Ct);
        await client.PostAsync(new Uri("/api/assets", UriKind.Relative), Json("""{"id":"manual:kb","name":"Support KB","assetType":"vector_database","owner":"cx","lastSecurityReview":"2099-01-01","upstream":["manual:agent"]}"""), Ct);
        await client.PostAsync(new Uri("/api/assets", UriKind.Relative), Json("""{"id":"manual:prompts","name":"Prompt library","assetType":"prompt_template","owner":"marketing"}"""), Ct);

        var byOwner = await client.GetFromJsonAsync<JsonElement>("/api/assets?owner=cx", Ct);
        var unreviewedCx = await client.GetFromJsonAsync<JsonElement>("/api/assets?owner=cx&unreviewed=true", Ct);
        var gdpr = await client.GetFromJsonAsync<JsonElement>("/api/assets?regulatory=gdpr", Ct);
        var text = await client.GetFromJsonAsync<JsonElement>("/api/assets?q=library", Ct);
        var graph = await client.GetFromJsonAsync<JsonElement>("/api/assets/graph?id=manual:kb", Ct);
        var noId = await client.GetAsync(new Uri("/api/assets/graph", UriKind.Relative), Ct);

        Assert.Equal(2, byOwner.GetArrayLength());
        Assert.Equal("manual:agent", Assert.Single(unreviewedCx.EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(1, gdpr.GetArrayLength());
        Assert.Equal("manual:prompts", Assert.Single(text.EnumerateArray()).GetProperty("id").GetString());
        var nodes = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Equal(["manual:kb", "manual:agent", "manual:ghost"], nodes);
        Assert.False(graph.GetProperty("nodes")[2].GetProperty("registered").GetBoolean());
        Assert.Equal(3, graph.GetProperty("edges").GetArrayLength()); // kb->agent, agent->kb (the cycle), agent->ghost
        Assert.Equal(HttpStatusCode.BadRequest, noId.StatusCode);
    }

    [Fact]
    public async Task Bad_registry_requests_get_problem_details_not_server_errors()
    {
        await using var factory = new LocalHostFactory(azurite);
        using var client = factory.CreateClient();
        await factory.StorageReadyAsync(); // tables are created in the background after start-up
        await client.PostAsync(new Uri("/api/assets", UriKind.Relative), Json("""{"id":"manual:db","name":"DB","assetType":"vector_database"}"""), Ct);

        var responses = new[]
        {
            await client.GetAsync(new Uri("/api/assets?unreviewed=maybe", UriKind.Relative), Ct),
            await client.GetAsync(new Uri("/api/assets/graph?id=manual:db&depth=0", UriKind.Relative), Ct),
            await client.GetAsync(new Uri("/api/assets/graph?id=manual:nope", UriKind.Relative), Ct),
            await client.PatchAsync(new Uri("/api/assets/manual:nope", UriKind.Relative), Json("""{"owner":"x"}"""), Ct),
            await client.PatchAsync(new Uri("/api/assets/manual:db", UriKind.Relative), Json("""{"owner": """), Ct),
            await client.PatchAsync(new Uri("/api/assets/manual:db", UriKind.Relative), Json("""{"sbomAvailable":"yes"}"""), Ct),
            await client.PatchAsync(new Uri("/api/assets/manual:db", UriKind.Relative), new StringContent("owner=x", Encoding.UTF8, "text/plain"), Ct),
        };

        Assert.Equal(
            [HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.UnsupportedMediaType],
            responses.Select(r => r.StatusCode));
        Assert.All(responses, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Cli_search_graph_and_annotate_work_on_the_registry()
    {
        var settings = azurite.Settings(AzuriteFixture.NewPrefix());
        var file = Path.Combine(Directory.CreateTempSubdirectory("aisec-assets-").FullName, "agent.json");
        await File.WriteAllTextAsync(file, """{"id":"manual:bot","name":"Bot","assetType":"ai_agent","upstream":["manual:model"]}""", Ct);
        await CliRunner.RunAsync(["assets", "add", "--file", file], settings, cancellationToken: Ct);

        var annotated = await CliRunner.RunAsync(["assets", "annotate", "manual:bot", "--owner", "ops", "--regulatory", "sox", "--json"], settings, cancellationToken: Ct);
        var found = await CliRunner.RunAsync(["assets", "search", "--owner", "ops", "--regulatory", "sox", "--json"], settings, cancellationToken: Ct);
        var nothing = await CliRunner.RunAsync(["assets", "search", "--type", "ai_agent", "--status", "missing", "--json"], settings, cancellationToken: Ct);
        var graph = await CliRunner.RunAsync(["assets", "graph", "manual:bot", "--json"], settings, cancellationToken: Ct);
        var badType = await CliRunner.RunAsync(["assets", "search", "--type", "spaceship"], settings, cancellationToken: Ct);
        var emptyAnnotation = await CliRunner.RunAsync(["assets", "annotate", "manual:bot"], settings, cancellationToken: Ct);

        Assert.Equal(0, annotated.ExitCode);
        Assert.Equal("ops", JsonDocument.Parse(annotated.StdOut).RootElement.GetProperty("owner").GetString());
        Assert.Equal(1, JsonDocument.Parse(found.StdOut).RootElement.GetArrayLength());
        Assert.Equal(0, JsonDocument.Parse(nothing.StdOut).RootElement.GetArrayLength());
        Assert.Equal(2, JsonDocument.Parse(graph.StdOut).RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Equal(2, badType.ExitCode);
        Assert.Equal(2, emptyAnnotation.ExitCode);
        Assert.Contains("nothing to annotate", emptyAnnotation.StdErr, StringComparison.Ordinal);
    }
}
