using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiSec.Risk.Admin;
using AiSec.Risk.Assessment;
using AiSec.Shared.Admin;
using AiSec.Shared.Assets;
using AiSec.Shared.Storage;
using AiSec.Testing;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Risk.Tests;

/// <summary>Assessment of registry assets on the real local host against Azurite.</summary>
public sealed class AssessmentTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The local host on Azurite with its storage created, and the services the tests use.</summary>
    private sealed class Host(LocalHostFactory factory) : IAsyncDisposable
    {
        public LocalHostFactory Factory => factory;

        public IServiceProvider Services => factory.Services;

        public AiSecStorage Storage => Services.GetRequiredService<AiSecStorage>();

        public AssetStore Assets => Services.GetRequiredService<AssetStore>();

        public RiskAssessor Assessor => Services.GetRequiredService<RiskAssessor>();

        public ValueTask DisposeAsync() => factory.DisposeAsync();
    }

    private async Task<Host> StartAsync()
    {
        var host = new Host(new LocalHostFactory(azurite));
        await host.Storage.EnsureCreatedAsync(Ct);
        return host;
    }

    private static AiAsset Deployment(string id, string exposure = "internal", string classification = "internal", JsonObject? properties = null, string? app = null) => new()
    {
        Id = id,
        Name = id.Split('/')[^1],
        Source = "azure",
        AssetType = "api_endpoint",
        ModelProvider = "azure_openai",
        NetworkExposure = exposure,
        DataClassification = classification,
        DeploymentEnv = "production",
        GuardrailApp = app,
        Properties = properties ?? [],
        FirstSeen = DateTimeOffset.UtcNow,
        LastSeen = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task Derives_controls_from_discovered_evidence_and_guardrail_traffic()
    {
        await using var host = await StartAsync();
        var services = host.Services;
        var storage = host.Storage;
        var asset = Deployment("/subscriptions/s/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/a/deployments/gpt", app: "support", properties: new JsonObject
        {
            ["publicNetworkAccess"] = "Disabled",
            ["disableLocalAuth"] = true,
            ["customerManagedKey"] = true,
            ["raiPolicyName"] = "Microsoft.DefaultV2",
            ["endpoint"] = "https://a.openai.azure.com/",
        });
        await services.GetRequiredService<AssetStore>().UpsertAsync([asset], Ct);
        var hour = DateTimeOffset.UtcNow.ToString("yyyyMMddHH", System.Globalization.CultureInfo.InvariantCulture);
        await storage.Table(StorageNames.Tables.GuardrailCounters).UpsertEntityAsync(new TableEntity("support", hour) { ["Requests"] = 42L }, cancellationToken: Ct);

        var result = await services.GetRequiredService<RiskAssessor>().AssessOneAsync(asset.Id, Ct);

        Assert.NotNull(result);
        var controls = result.Result.Controls.ToDictionary(c => c.Type);
        foreach (var type in new[] { "input_filtering", "guardrails", "output_filtering", "network_isolation", "authentication", "encryption_at_rest", "encryption_in_transit" })
        {
            Assert.True(controls.TryGetValue(type, out var control) && control.Operational, type);
        }

        Assert.Contains("42 requests", controls["input_filtering"].Evidence, StringComparison.Ordinal);
        Assert.Equal(0.75, result.Result.ControlEffectiveness);
    }

    [Fact]
    public async Task Keeps_history_and_signals_a_rise_into_high_once()
    {
        await using var host = await StartAsync();
        var services = host.Services;
        var storage = host.Storage;
        var assets = host.Assets;
        var assessor = host.Assessor;
        var asset = Deployment("manual:risky-bot");

        await assets.UpsertAsync([asset], Ct);
        var first = await assessor.AssessAllAsync(Ct);
        await assets.UpsertAsync([asset with { NetworkExposure = "public", DataClassification = "regulated", AssetType = "ai_agent", RegulatoryScope = ["hipaa"] }], Ct);
        var second = await assessor.AssessAllAsync(Ct);
        var third = await assessor.AssessAllAsync(Ct);

        Assert.Equal(0, first.Rises);
        Assert.Equal(1, second.Rises);
        Assert.Equal(0, third.Rises);
        var history = await services.GetRequiredService<RiskScores>().HistoryAsync(asset.Id, 10, Ct);
        Assert.Equal(3, history.Count);
        Assert.True(history[0].Result.ResidualRiskScore > history[^1].Result.ResidualRiskScore, "history is newest first");
        // The host's incident-signals poller takes the signal: the rise reaches the playbooks as one incident on the asset.
        var incidents = await RiseIncidentsAsync(services, asset.Id);
        var incident = Assert.Single(incidents);
        Assert.Contains("risk", incident.DetectedBy, StringComparison.Ordinal);
    }

    private static Task<IReadOnlyList<AiSec.Playbooks.Incidents.Incident>> RiseIncidentsAsync(IServiceProvider services, string assetId) =>
        SignalIncidents.WaitForAsync(services, i => i.AffectedAssets.Contains(assetId));

    [Fact]
    public async Task Attested_controls_count_until_they_expire()
    {
        await using var host = await StartAsync();
        var services = host.Services;
        var asset = Deployment("manual:attested");
        await services.GetRequiredService<AssetStore>().UpsertAsync([asset], Ct);
        await services.GetRequiredService<RiskAdmin>().AttestAsync(
            new AttestationRequest(asset.Id, "monitoring", "ciso@contoso.test", DateTimeOffset.UtcNow.AddDays(30)), Actor.Cli("risk-tests"), Ct);
        // An attestation that has lapsed since: the admin service refuses to create one, so it is seeded in the table.
        await new AttestationStore(host.Storage).SaveAsync(
            new Attestation(asset.Id, "rate_limiting", "ops@contoso.test", DateTimeOffset.UtcNow.AddDays(-60), DateTimeOffset.UtcNow.AddDays(-1)), Ct);

        var result = await services.GetRequiredService<RiskAssessor>().AssessOneAsync(asset.Id, Ct);

        var monitoring = Assert.Single(result!.Result.Controls, c => c.Type == "monitoring");
        Assert.Contains("attested by ciso@contoso.test", monitoring.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Result.Controls, c => c.Type == "rate_limiting");
    }

    [Fact]
    public async Task A_new_compliance_gap_on_a_production_asset_raises_a_signal()
    {
        await using var host = await StartAsync();
        var services = host.Services;
        var storage = host.Storage;
        var assets = host.Assets;
        var assessor = host.Assessor;
        var asset = Deployment("manual:owned") with { Owner = "team-a", LastSecurityReview = DateTimeOffset.UtcNow.AddDays(-5) };
        await assets.UpsertAsync([asset], Ct);
        await assessor.AssessAllAsync(Ct);

        await assets.UpsertAsync([asset with { Owner = null }], Ct);
        var summary = await assessor.AssessAllAsync(Ct);

        Assert.Equal(1, summary.Rises);
        Assert.Contains("no_owner", summary.Results[0].Result.ComplianceGaps);
        var incident = Assert.Single(await RiseIncidentsAsync(services, asset.Id));
        var details = JsonDocument.Parse(incident.Description).RootElement;
        Assert.Equal("no_owner", details.GetProperty("newComplianceGaps")[0].GetString());
    }

    [Fact]
    public async Task Skips_assets_with_unknown_values_without_failing_the_run()
    {
        await using var host = await StartAsync();
        var services = host.Services;
        await services.GetRequiredService<AssetStore>().UpsertAsync([Deployment("manual:good"), Deployment("manual:bad", exposure: "galactic")], Ct);

        var summary = await services.GetRequiredService<RiskAssessor>().AssessAllAsync(Ct);

        Assert.Equal(1, summary.Assessed);
        Assert.Equal(1, summary.Skipped);
    }

    [Fact]
    public async Task Http_lists_scores_by_residual_and_gets_one_by_an_id_with_slashes()
    {
        await using var host = await StartAsync();
        var services = host.Services;
        var armId = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/acct/deployments/d1";
        await services.GetRequiredService<AssetStore>().UpsertAsync([Deployment(armId, exposure: "public", classification: "restricted"), Deployment("manual:quiet")], Ct);
        await services.GetRequiredService<RiskAssessor>().AssessAllAsync(Ct);
        using var client = host.Factory.CreateClient();

        var list = await client.GetFromJsonAsync<JsonElement>("/api/risk", Ct);
        var one = await client.GetAsync(new Uri("/api/risk/" + Uri.EscapeDataString(armId), UriKind.Relative), Ct);
        var raw = await client.GetAsync(new Uri("/api/risk" + armId, UriKind.Relative), Ct);
        var missing = await client.GetAsync(new Uri("/api/risk/manual:nope", UriKind.Relative), Ct);

        Assert.Equal(armId, list[0].GetProperty("assetId").GetString());
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_discovery_change_event_triggers_reassessment()
    {
        await using var host = await StartAsync();
        var services = host.Services;
        var storage = host.Storage;
        using var client = host.Factory.CreateClient(); // starts the host and its queue pollers
        var asset = Deployment("manual:changed");
        await services.GetRequiredService<AssetStore>().UpsertAsync([asset], Ct);

        await storage.Queue(StorageNames.Queues.DiscoveryChanges).SendMessageAsync(JsonSerializer.Serialize(new AssetChangeEvent(asset.Id, "new_asset", DateTimeOffset.UtcNow)), Ct);

        AssetRisk? assessed = null;
        for (var i = 0; i < 150 && assessed is null; i++)
        {
            await Task.Delay(200, Ct);
            assessed = await services.GetRequiredService<RiskScores>().LatestAsync(asset.Id, Ct);
        }

        Assert.NotNull(assessed);
    }
}
