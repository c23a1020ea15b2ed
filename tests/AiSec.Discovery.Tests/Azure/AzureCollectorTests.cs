using System.Text.Json.Nodes;
using AiSec.Shared.Assets;
using AiSec.Testing;
using AiSec.Testing.Fakes;

namespace AiSec.Discovery.Tests.Azure;

/// <summary>The Azure collector against a fake Resource Manager that speaks ARM's wire format.</summary>
public sealed class AzureCollectorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Lists_accounts_deployments_content_filters_and_ml_endpoints_across_pages()
    {
        await using var harness = await AzureDiscoveryHarness.StartAsync(azurite);
        var arm = harness.Arm;
        arm.PageSize = 2;
        var open = arm.AddAccount("sub-1", "open-ai", customize: a => a["tags"] = new JsonObject { ["aisec-owner"] = "team-chat", ["aisec-data-classification"] = "confidential" });
        for (var i = 0; i < 5; i++)
        {
            arm.AddDeployment(open, $"gpt-{i}", "gpt-4o", "2024-08-06", sku: "GlobalStandard", capacity: 30, raiPolicyName: "strict");
        }

        arm.AddRaiPolicy(open, "strict", jailbreakShield: true, indirectAttackShield: true);
        arm.AddAccount("sub-1", "speech", kind: "SpeechServices");
        arm.AddAccount("sub-1", "search", kind: "Bing.Search.v7");
        var closed = arm.AddAccount("sub-2", "private-ai", kind: "AIServices", customize: a =>
        {
            a["properties"]!["publicNetworkAccess"] = "Disabled";
            a["properties"]!["disableLocalAuth"] = true;
            a["properties"]!["privateEndpointConnections"] = new JsonArray(new JsonObject
            {
                ["id"] = "pec-1",
                ["properties"] = new JsonObject
                {
                    ["privateEndpoint"] = new JsonObject { ["id"] = "/subscriptions/sub-2/resourceGroups/net/providers/Microsoft.Network/privateEndpoints/pe-ai" },
                    ["privateLinkServiceConnectionState"] = new JsonObject { ["status"] = "Approved" },
                },
            });
        });
        arm.AddDeployment(closed, "embed", "text-embedding-3-large", "1", raiPolicyName: null);
        var workspace = arm.AddWorkspace("sub-2", "foundry-project");
        arm.AddOnlineEndpoint(workspace, "scorer", authMode: "AADToken");
        arm.AddServerlessEndpoint(workspace, "llama", "azureml://registries/azureml-meta/models/Meta-Llama-3-8B-Instruct/versions/4");

        var summary = await harness.DiscoverAsync();

        Assert.Empty(summary.Failures);
        // 2 AI accounts + speech + 6 deployments + 1 customer content filter + 2 ML endpoints; Bing is not an AI account kind.
        Assert.Equal(12, summary.Seen);
        var deployment = await harness.AssetAsync(open + "/deployments/gpt-3");
        Assert.Equal(("api_endpoint", "gpt-4o", "2024-08-06", "public", "active", "azure", "eastus"),
            (deployment.AssetType, deployment.ModelName, deployment.ModelVersion, deployment.NetworkExposure, deployment.Status, deployment.CloudProvider, deployment.Region));
        Assert.Equal("GlobalStandard", deployment.Properties["sku"]!.ToString());
        Assert.Equal(30, (int)deployment.Properties["capacity"]!);
        Assert.Equal("strict", deployment.Properties[EvidenceKeys.RaiPolicyName]!.ToString());
        Assert.True((bool)deployment.Properties["raiPolicy"]!["promptShield"]!);
        Assert.Equal(("team-chat", "confidential"), (deployment.Owner, deployment.DataClassification));
        var embed = await harness.AssetAsync(closed + "/deployments/embed");
        Assert.Equal("vpc", embed.NetworkExposure);
        Assert.True((bool)embed.Properties[EvidenceKeys.DisableLocalAuth]!);
        Assert.Single(embed.Properties[EvidenceKeys.PrivateEndpoints]!.AsArray());
        var serverless = await harness.AssetAsync(workspace + "/serverlessEndpoints/llama");
        Assert.Equal(("Meta-Llama-3-8B-Instruct", "4"), (serverless.ModelName, serverless.ModelVersion));
        var online = await harness.AssetAsync(workspace + "/onlineEndpoints/scorer");
        Assert.Equal("AADToken", online.Properties[EvidenceKeys.AuthMode]!.ToString());
        var filter = await harness.AssetAsync(open + "/raiPolicies/strict");
        Assert.Equal("guardrail_config", filter.AssetType);
        Assert.Contains(arm.Requests, r => r.EndsWith("/deployments", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Throttling_and_server_errors_are_retried_until_the_scan_succeeds()
    {
        await using var harness = await AzureDiscoveryHarness.StartAsync(azurite);
        var account = harness.Arm.AddAccount("sub-1", "busy");
        harness.Arm.AddDeployment(account, "chat", "gpt-4o-mini", "2024-07-18");
        harness.Arm.Inject(new FakeFault("/deployments", 429, times: 2, retryAfter: "0"));
        harness.Arm.Inject(new FakeFault("/Microsoft.CognitiveServices/accounts", 503, times: 1));

        var summary = await harness.DiscoverAsync();

        Assert.Empty(summary.Failures);
        Assert.Equal(2, summary.Seen);
        Assert.Equal(3, harness.Arm.Requests.Count(r => r.EndsWith("/deployments", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_forbidden_subscription_marks_only_its_assets_unknown_and_a_gone_deployment_missing()
    {
        await using var harness = await AzureDiscoveryHarness.StartAsync(azurite);
        var kept = harness.Arm.AddAccount("sub-ok", "kept");
        var gone = harness.Arm.AddDeployment(kept, "old", "gpt-35-turbo", "0613");
        var stays = harness.Arm.AddDeployment(kept, "new", "gpt-4o", "2024-11-20");
        var locked = harness.Arm.AddAccount("sub-locked", "locked");
        var lockedDeployment = harness.Arm.AddDeployment(locked, "chat", "gpt-4o", "2024-11-20");
        await harness.DiscoverAsync();

        harness.Arm.Forbid("sub-locked");
        harness.Arm.RemoveDeployment(gone);
        var summary = await harness.DiscoverAsync();

        var failure = Assert.Single(summary.Failures);
        Assert.Equal("/subscriptions/sub-locked", failure.Scope);
        Assert.Contains("AuthorizationFailed", failure.Error, StringComparison.Ordinal);
        Assert.Equal("unknown", (await harness.AssetAsync(locked)).Status);
        Assert.Equal("unknown", (await harness.AssetAsync(lockedDeployment)).Status);
        Assert.Equal("missing", (await harness.AssetAsync(gone)).Status);
        Assert.Equal("active", (await harness.AssetAsync(stays)).Status);
    }

    [Fact]
    public async Task Malformed_json_for_one_account_fails_that_account_only()
    {
        await using var harness = await AzureDiscoveryHarness.StartAsync(azurite);
        var broken = harness.Arm.AddAccount("sub-1", "broken");
        harness.Arm.AddDeployment(broken, "chat", "gpt-4o", "2024-11-20");
        var healthy = harness.Arm.AddAccount("sub-1", "healthy");
        var deployment = harness.Arm.AddDeployment(healthy, "chat", "gpt-4o", "2024-11-20");
        harness.Arm.Inject(new FakeFault("/accounts/broken/deployments", 200, int.MaxValue, body: "{\"value\": [ {\"id\": "));

        var summary = await harness.DiscoverAsync();

        var failure = Assert.Single(summary.Failures);
        Assert.Equal(broken, failure.Scope);
        Assert.Contains("not valid JSON", failure.Error, StringComparison.Ordinal);
        Assert.Equal("active", (await harness.AssetAsync(deployment)).Status);
        Assert.Equal("active", (await harness.AssetAsync(broken)).Status);
    }

    [Fact]
    public async Task An_empty_subscription_and_an_unregistered_ml_provider_are_not_failures()
    {
        await using var harness = await AzureDiscoveryHarness.StartAsync(azurite);
        harness.Arm.AddSubscription("empty");
        harness.Arm.Inject(new FakeFault("/Microsoft.MachineLearningServices/workspaces", 409, int.MaxValue,
            body: """{"error":{"code":"MissingSubscriptionRegistration","message":"The subscription is not registered to use namespace 'Microsoft.MachineLearningServices'."}}"""));

        var summary = await harness.DiscoverAsync();

        Assert.Empty(summary.Failures);
        Assert.Equal(0, summary.Seen);
        Assert.Contains("/subscriptions", harness.Arm.Requests);
    }

    [Fact]
    public async Task A_wrong_token_fails_the_whole_source_with_the_arm_error()
    {
        await using var harness = await AzureDiscoveryHarness.StartAsync(azurite, new Dictionary<string, string?> { ["Discovery:Azure:AccessToken"] = "expired" });
        harness.Arm.AddAccount("sub-1", "any");

        var summary = await harness.DiscoverAsync();

        var failure = Assert.Single(summary.Failures);
        Assert.Equal("", failure.Scope);
        Assert.Contains("AuthenticationFailed", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_subscriptions_given_as_one_comma_separated_setting_are_the_only_ones_scanned()
    {
        await using var harness = await AzureDiscoveryHarness.StartAsync(azurite, new Dictionary<string, string?> { ["Discovery:Azure:SubscriptionIds"] = "sub-a, sub-b" });
        harness.Arm.AddAccount("sub-a", "a");
        harness.Arm.AddAccount("sub-b", "b");
        harness.Arm.AddAccount("sub-c", "c");

        var summary = await harness.DiscoverAsync();

        Assert.Equal(["a", "b"], summary.Assets.Select(a => a.Name).Order().ToList());
        Assert.DoesNotContain("/subscriptions", harness.Arm.Requests);
    }
}
