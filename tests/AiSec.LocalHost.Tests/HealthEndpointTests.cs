using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiSec.Testing;

namespace AiSec.LocalHost.Tests;

public sealed class HealthEndpointTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Reports_healthy_storage_when_azurite_answers()
    {
        await using var factory = new LocalHostFactory(azurite);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("components").GetProperty("storage").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reports_unhealthy_with_503_when_storage_is_unreachable()
    {
        // A closed loopback port: nothing listens there, so every storage call fails fast.
        var unreachable = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
        };
        await using var factory = new LocalHostFactory(azurite, unreachable);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("unhealthy", body.GetProperty("components").GetProperty("storage").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Creates_every_table_queue_and_container_on_start()
    {
        await using var factory = new LocalHostFactory(azurite);
        using var client = factory.CreateClient();
        var storage = await azurite.CreateStorageAsync(factory.Prefix);

        foreach (var table in AiSec.Shared.Storage.StorageNames.Tables.All)
        {
            await storage.Table(table).QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, cancellationToken: TestContext.Current.CancellationToken)
                .AsPages().FirstAsync(TestContext.Current.CancellationToken);
        }

        Assert.True(await storage.Container(AiSec.Shared.Storage.StorageNames.Containers.Audit).ExistsAsync(TestContext.Current.CancellationToken));
        Assert.True(await storage.Queue(AiSec.Shared.Storage.StorageNames.Queues.IncidentSignals).ExistsAsync(TestContext.Current.CancellationToken));
    }
}
