using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiSec.Discovery.Registry;
using AiSec.Risk.Assessment;
using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Storage;
using AiSec.Shared.Storage;
using AiSec.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Discovery.Tests.Azure;

/// <summary>What rediscovery keeps (first seen, people's annotations) and what it reports (changes, for audit and Risk).</summary>
public sealed class ReconciliationTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Annotations_win_over_tags_and_survive_rediscovery_with_first_seen_kept()
    {
        await using var harness = await AzureDiscoveryHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount("sub-1", "tagged", customize: a => a["tags"] = new JsonObject { ["aisec-owner"] = "platform", ["aisec-regulatory"] = "gdpr; hipaa" });
        var deployment = harness.Arm.AddDeployment(account, "chat", "gpt-4o", "2024-11-20");
        await harness.DiscoverAsync();
        var first = await harness.AssetAsync(deployment);
        using var client = harness.Host.CreateClient();

        var patched = await client.PatchAsync(new Uri("/api/assets" + deployment, UriKind.Relative),
            new StringContent("""{"owner":"alice","dataClassification":"regulated","lastSecurityReview":"2026-10-01"}""", Encoding.UTF8, "application/json"), Ct);
        var invalid = await client.PatchAsync(new Uri("/api/assets" + deployment, UriKind.Relative),
            new StringContent("""{"dataClassification":"secret-ish"}""", Encoding.UTF8, "application/json"), Ct);
        var unknownField = await client.PatchAsync(new Uri("/api/assets" + deployment, UriKind.Relative),
            new StringContent("""{"modelName":"x"}""", Encoding.UTF8, "application/json"), Ct);
        await harness.DiscoverAsync();
        var after = await harness.AssetAsync(deployment);

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("dataClassification", out _));
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
        Assert.Equal("platform", first.Owner);
        Assert.Equal(["gdpr", "hipaa"], first.RegulatoryScope);
        Assert.Equal(("alice", "regulated"), (after.Owner, after.DataClassification));
        Assert.Equal(["gdpr", "hipaa"], after.RegulatoryScope);
        Assert.NotNull(after.LastSecurityReview);
        Assert.Equal(first.FirstSeen, after.FirstSeen);
        Assert.True(after.LastSeen > first.LastSeen);
    }

    [Fact]
    public async Task Security_relevant_changes_are_audited_and_sent_to_risk()
    {
        await using var harness = await AzureDiscoveryHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount("sub-1", "drifting", customize: a => a["properties"]!["publicNetworkAccess"] = "Disabled");
        var deployment = harness.Arm.AddDeployment(account, "chat", "gpt-4o", "2024-08-06", raiPolicyName: "strict");
        await harness.DiscoverAsync();

        harness.Arm.UpdateDeployment(deployment, d =>
        {
            d["properties"]!["model"]!["version"] = "2024-11-20";
            d["properties"]!.AsObject().Remove("raiPolicyName");
        });
        harness.Arm.UpdateAccount(account, a => a["properties"]!["publicNetworkAccess"] = "Enabled");
        var summary = await harness.DiscoverAsync();

        var kinds = summary.Changes.Where(c => c.AssetId == deployment).Select(c => c.Kind).ToList();
        Assert.Contains(AssetChangeKinds.ModelVersionChanged, kinds);
        Assert.Contains(AssetChangeKinds.RaiPolicyRemoved, kinds);
        Assert.Contains(AssetChangeKinds.PublicAccessEnabled, kinds);
        var storage = harness.Host.Services.GetRequiredService<AiSecStorage>();
        var records = await new AuditStorageReader(storage).TailAsync(AuditStreams.Discovery, 50, Ct);
        Assert.Contains(records, r => r.Action == AssetChangeKinds.RaiPolicyRemoved && r.Subject == deployment);
        Assert.Contains(records, r => r.Action == "discovery_run");
        Assert.NotNull(await WaitForRiskScoreAsync(harness, deployment));
    }

    private static async Task<object?> WaitForRiskScoreAsync(AzureDiscoveryHarness harness, string assetId)
    {
        var risk = harness.Host.Services.GetRequiredService<RiskScores>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await risk.LatestAsync(assetId, Ct) is { } score)
            {
                return score;
            }

            await Task.Delay(200, Ct);
        }

        return null;
    }
}
