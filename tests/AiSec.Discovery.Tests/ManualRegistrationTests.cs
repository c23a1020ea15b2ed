using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Storage;
using AiSec.Shared.Storage;
using AiSec.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Discovery.Tests;

public sealed class ManualRegistrationTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string VectorDb = """
        {"name":"Support KB","assetType":"vector_database","owner":"kb-team","dataClassification":"confidential",
         "regulatoryScope":["gdpr"],"networkExposure":"vpc","deploymentEnv":"production","upstream":["manual:crawler"]}
        """;

    [Fact]
    public async Task Assets_added_from_a_file_are_listed_as_json_with_the_contract_fields()
    {
        var settings = azurite.Settings(AzuriteFixture.NewPrefix());

        var added = await CliRunner.RunAsync(["assets", "add", "--file", await CliRunner.FileWithAsync(VectorDb, Ct), "--json"], settings, cancellationToken: Ct);
        var listed = await CliRunner.RunAsync(["assets", "list", "--json"], settings, cancellationToken: Ct);

        Assert.Equal(0, added.ExitCode);
        var asset = Assert.Single(JsonDocument.Parse(listed.StdOut).RootElement.EnumerateArray());
        foreach (var field in new[] { "id", "name", "source", "assetType", "status", "modelName", "modelVersion", "cloudProvider", "region", "networkExposure", "firstSeen", "lastSeen", "properties" })
        {
            Assert.True(asset.TryGetProperty(field, out _), field);
        }

        Assert.Equal("manual:support-kb", asset.GetProperty("id").GetString());
        Assert.Equal("active", asset.GetProperty("status").GetString());
        Assert.Equal("vpc", asset.GetProperty("networkExposure").GetString());
    }

    [Theory]
    [InlineData("""{"name":"x","assetType":"robot"}""", "assetType")]
    [InlineData("""{"assetType":"ai_agent"}""", "name")]
    [InlineData("""{"name":"x","assetType":"ai_agent","networkExposure":"internet"}""", "networkExposure")]
    [InlineData("""{"name":"x","assetType":"ai_agent","upstream":[1]}""", "upstream[0]")]
    [InlineData("""{"name": """, "not valid JSON")]
    [InlineData("""{"name":"x","asset_type":"ai_agent","network_exposure":"internet"}""", "network_exposure")]
    [InlineData("""{"name":"x","assetType":"ai_agent","asset_type":"ai_agent"}""", "given twice")]
    public async Task Bad_asset_files_name_the_field_and_exit_two(string content, string field)
    {
        var result = await CliRunner.RunAsync(["assets", "add", "--file", await CliRunner.FileWithAsync(content, Ct)], azurite.Settings(AzuriteFixture.NewPrefix()), cancellationToken: Ct);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(field, result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_registers_lists_gets_and_reports_gaps()
    {
        await using var factory = new LocalHostFactory(azurite);
        using var client = factory.CreateClient();
        await factory.StorageReadyAsync(); // tables are created in the background after start-up

        var created = await client.PostAsync(new Uri("/api/assets", UriKind.Relative), new StringContent(VectorDb, Encoding.UTF8, "application/json"), Ct);
        var again = await client.PostAsync(new Uri("/api/assets", UriKind.Relative), new StringContent(VectorDb, Encoding.UTF8, "application/json"), Ct);
        var invalid = await client.PostAsync(new Uri("/api/assets", UriKind.Relative), new StringContent("""{"name":"x","assetType":"nope"}""", Encoding.UTF8, "application/json"), Ct);
        var wrongType = await client.PostAsync(new Uri("/api/assets", UriKind.Relative), new StringContent("x", Encoding.UTF8, "text/plain"), Ct);
        var filtered = await client.GetFromJsonAsync<JsonElement>("/api/assets?type=vector_database&owner=kb-team", Ct);
        var none = await client.GetFromJsonAsync<JsonElement>("/api/assets?type=agent", Ct);
        var one = await client.GetAsync(new Uri("/api/assets/manual:support-kb", UriKind.Relative), Ct);
        var missing = await client.GetAsync(new Uri("/api/assets/manual:nope", UriKind.Relative), Ct);
        var gaps = await client.GetFromJsonAsync<JsonElement>("/api/assets/gaps", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("assetType", out _));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal(1, filtered.GetArrayLength());
        Assert.Equal(0, none.GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains(gaps[0].GetProperty("gaps").EnumerateArray(), g => g.GetString() == "no_security_review");
    }

    [Fact]
    public async Task A_registered_asset_is_scored_by_risk_assess()
    {
        var settings = azurite.Settings(AzuriteFixture.NewPrefix());
        await CliRunner.RunAsync(["assets", "add", "--file", await CliRunner.FileWithAsync(VectorDb, Ct)], settings, cancellationToken: Ct);

        var assessed = await CliRunner.RunAsync(["risk", "assess", "--json"], settings, cancellationToken: Ct);
        var shown = await CliRunner.RunAsync(["risk", "show", "manual:support-kb", "--json"], settings, cancellationToken: Ct);

        Assert.Equal(0, assessed.ExitCode);
        var row = Assert.Single(JsonDocument.Parse(assessed.StdOut).RootElement.EnumerateArray());
        Assert.Equal("manual:support-kb", row.GetProperty("assetId").GetString());
        Assert.Equal(0, shown.ExitCode);
    }

    [Fact]
    public async Task Registrations_and_annotations_are_audited_with_actor_before_and_after()
    {
        var settings = azurite.Settings(AzuriteFixture.NewPrefix());

        var added = await CliRunner.RunAsync(["assets", "add", "--file", await CliRunner.FileWithAsync(VectorDb, Ct)], settings, cancellationToken: Ct);
        var annotated = await CliRunner.RunAsync(["assets", "annotate", "manual:support-kb", "--owner", "search-team", "--classification", "regulated"], settings, cancellationToken: Ct);
        var records = await AdminAuditTrail.ReadAsync(settings, Ct);

        Assert.True(added.ExitCode == 0, added.StdErr);
        Assert.True(annotated.ExitCode == 0, annotated.StdErr);
        Assert.All(records, r => Assert.Equal(AdminAuditTrail.CliActor, r.GetProperty("actor").GetString()));
        var registered = Assert.Single(records, r => AdminAuditTrail.Is(r, "asset_registered", "manual:support-kb"));
        Assert.Equal("created", registered.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, registered.GetProperty("details").GetProperty("before").ValueKind);
        Assert.Equal("kb-team", registered.GetProperty("details").GetProperty("after").GetProperty("owner").GetString());
        var annotation = Assert.Single(records, r => AdminAuditTrail.Is(r, "asset_annotated", "manual:support-kb")).GetProperty("details");
        Assert.Equal("kb-team", annotation.GetProperty("before").GetProperty("owner").GetString());
        Assert.Equal("search-team", annotation.GetProperty("after").GetProperty("owner").GetString());
        Assert.Equal("confidential", annotation.GetProperty("before").GetProperty("dataClassification").GetString());
        Assert.Equal("regulated", annotation.GetProperty("after").GetProperty("dataClassification").GetString());
    }

    [Fact]
    public async Task Http_changes_are_audited_as_the_signed_in_principal_or_else_as_http()
    {
        await using var factory = new LocalHostFactory(azurite);
        using var client = factory.CreateClient();
        await factory.StorageReadyAsync();
        using var signedIn = new HttpRequestMessage(HttpMethod.Post, "/api/assets") { Content = new StringContent(VectorDb, Encoding.UTF8, "application/json") };
        signedIn.Headers.Add("X-MS-CLIENT-PRINCIPAL-NAME", "alice@contoso.test");

        var registered = await client.SendAsync(signedIn, Ct);
        var annotated = await client.PatchAsync(new Uri("/api/assets/manual:support-kb", UriKind.Relative), new StringContent("""{"owner":"search-team"}""", Encoding.UTF8, "application/json"), Ct);
        var storage = factory.Services.GetRequiredService<AiSecStorage>();
        var records = await new AuditStorageReader(storage).TailAsync(AuditStreams.Admin, 10, Ct);

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, annotated.StatusCode);
        Assert.Equal("principal:alice@contoso.test", Assert.Single(records, r => r.Action == "asset_registered").Actor);
        Assert.Equal("http:anonymous", Assert.Single(records, r => r.Action == "asset_annotated").Actor);
    }
}
