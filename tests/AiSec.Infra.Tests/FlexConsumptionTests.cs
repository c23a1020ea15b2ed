using System.Text.Json.Nodes;
using AiSec.Infra.Tests.Bicep;

namespace AiSec.Infra.Tests;

/// <summary>The app runs on Flex Consumption: serverless, scales to zero, deployed from a container through the identity.</summary>
public sealed class FlexConsumptionTests
{
    private const string Identity = $"/subscriptions/{Deployment.SubscriptionId}/resourceGroups/{Deployment.ResourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aisec-id";

    [Fact]
    public async Task Runs_on_a_flex_consumption_plan()
    {
        var snapshot = await Deployment.Defaults.SnapshotAsync();

        var plan = snapshot.Single("Microsoft.Web/serverfarms");
        var site = snapshot.Single("Microsoft.Web/sites");
        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);
        Assert.Equal((string?)plan["id"], (string?)site["properties"]!["serverFarmId"]);
        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
    }

    [Fact]
    public async Task Runs_dotnet_isolated_10_from_a_container_reached_by_the_user_assigned_identity()
    {
        var snapshot = await Deployment.Defaults.SnapshotAsync();

        var site = snapshot.Single("Microsoft.Web/sites");
        var config = site["properties"]!["functionAppConfig"]!;
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        var storage = config["deployment"]!["storage"]!;
        Assert.Equal("blobContainer", (string?)storage["type"]);
        Assert.EndsWith(".primaryEndpoints.blob, 'app-package')]", (string?)storage["value"], StringComparison.Ordinal);
        Assert.Equal("UserAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Equal(Identity, (string?)storage["authentication"]!["userAssignedIdentityResourceId"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Equal([Identity], site["identity"]!["userAssignedIdentities"]!.AsObject().Select(p => p.Key));
        Assert.Contains("app-package", snapshot.ChildNames("Microsoft.Storage/storageAccounts/blobServices/containers"));
    }

    [Fact]
    public async Task Scales_to_zero_by_default()
    {
        var snapshot = await Deployment.Defaults.SnapshotAsync();

        var scale = snapshot.Single("Microsoft.Web/sites")["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!;
        Assert.Equal(2048, (int)scale["instanceMemoryMB"]!);
        Assert.Equal(100, (int)scale["maximumInstanceCount"]!);
        Assert.Empty(scale["alwaysReady"]!.AsArray());
    }

    [Fact]
    public async Task Keeps_the_http_group_warm_and_sizes_instances_by_parameter()
    {
        var snapshot = await Deployment.EverythingOn.SnapshotAsync();

        var scale = snapshot.Single("Microsoft.Web/sites")["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!;
        Assert.Equal(4096, (int)scale["instanceMemoryMB"]!);
        Assert.Equal(40, (int)scale["maximumInstanceCount"]!);
        var alwaysReady = Assert.Single(scale["alwaysReady"]!.AsArray());
        Assert.Equal("http", (string?)alwaysReady!["name"]);
        Assert.Equal(1, (int)alwaysReady["instanceCount"]!);
    }

    [Fact]
    public async Task Sets_nothing_that_flex_consumption_deprecates()
    {
        var snapshot = await Deployment.DurableTaskScheduler.SnapshotAsync();

        var settings = snapshot.AppSettings;
        foreach (var deprecated in new[] { "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_CONTENTSHARE", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "SCM_DO_BUILD_DURING_DEPLOYMENT" })
        {
            Assert.DoesNotContain(deprecated, settings.Keys);
        }

        var siteConfig = snapshot.Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!.AsObject();
        Assert.DoesNotContain(siteConfig, p => p.Key is "linuxFxVersion" or "alwaysOn" or "functionAppScaleLimit" or "appSettings");
    }

    [Fact]
    public async Task Basic_publishing_credentials_are_off()
    {
        var snapshot = await Deployment.Defaults.SnapshotAsync();

        var policies = snapshot.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(["ftp", "scm"], policies.Select(p => ((string)p["name"]!).Split('/')[^1]).Order());
        Assert.All(policies, p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Fact]
    public async Task Stays_off_any_virtual_network_unless_isolated()
    {
        var snapshot = await Deployment.Defaults.SnapshotAsync();

        Assert.Empty(snapshot.OfType("Microsoft.Network/virtualNetworks"));
        Assert.Empty(snapshot.OfType("Microsoft.Network/privateEndpoints"));
        Assert.Null(snapshot.Single("Microsoft.Web/sites")["properties"]!["virtualNetworkSubnetId"]);
        Assert.Equal("Enabled", (string?)snapshot.Single("Microsoft.Storage/storageAccounts")["properties"]!["publicNetworkAccess"]);
    }

    [Fact]
    public async Task Isolation_reaches_storage_and_key_vault_through_private_endpoints_only()
    {
        var snapshot = await Deployment.EverythingOn.SnapshotAsync();

        var network = snapshot.Single("Microsoft.Network/virtualNetworks");
        var appSubnet = network["properties"]!["subnets"]!.AsArray().Single(s => (string?)s!["name"] == "app")!;
        Assert.Equal("Microsoft.App/environments", (string?)appSubnet["properties"]!["delegations"]![0]!["properties"]!["serviceName"]);
        Assert.Contains("virtualNetworks/aisec-vnet", (string?)snapshot.Single("Microsoft.Web/sites")["properties"]!["virtualNetworkSubnetId"], StringComparison.Ordinal);

        var groups = snapshot.OfType("Microsoft.Network/privateEndpoints")
            .Select(e => (string)e["properties"]!["privateLinkServiceConnections"]![0]!["properties"]!["groupIds"]![0]!);
        Assert.Equal(["blob", "queue", "table", "vault"], groups.Order());
        Assert.Equal(4, snapshot.OfType("Microsoft.Network/privateEndpoints/privateDnsZoneGroups").Count());
        Assert.Equal(4, snapshot.OfType("Microsoft.Network/privateDnsZones/virtualNetworkLinks").Count());
        Assert.All(
            new JsonNode[] { snapshot.Single("Microsoft.Storage/storageAccounts"), snapshot.Single("Microsoft.KeyVault/vaults") },
            r => Assert.Equal("Disabled", (string?)r["properties"]!["publicNetworkAccess"]));
    }
}
