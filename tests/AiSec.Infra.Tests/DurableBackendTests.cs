using System.Text.Json.Nodes;
using AiSec.Infra.Tests.Bicep;

namespace AiSec.Infra.Tests;

/// <summary>The Durable backend follows the durableBackend parameter; one host.json serves both.</summary>
public sealed class DurableBackendTests
{
    private const string HostJsonOverride = "AzureFunctionsJobHost__extensions__durableTask__";

    [Fact]
    public async Task Azure_storage_backend_uses_the_host_storage_identity_and_creates_no_scheduler()
    {
        var snapshot = await Deployment.Defaults.SnapshotAsync();

        Assert.DoesNotContain(snapshot.Resources, r => ((string)r["type"]!).StartsWith("Microsoft.DurableTask/", StringComparison.Ordinal));
        Assert.DoesNotContain(snapshot.AppSettings.Keys, k => k.StartsWith(HostJsonOverride, StringComparison.Ordinal) || k is "DURABLE_TASK_SCHEDULER_CONNECTION_STRING" or "TASKHUB_NAME");
        Assert.Equal("managedidentity", snapshot.AppSettings["AzureWebJobsStorage__credential"]);
    }

    [Fact]
    public async Task Durable_task_scheduler_backend_creates_the_scheduler_and_hub_and_switches_the_provider_by_app_setting()
    {
        var snapshot = await Deployment.DurableTaskScheduler.SnapshotAsync();

        var scheduler = snapshot.Single("Microsoft.DurableTask/schedulers");
        Assert.Equal("Consumption", (string?)scheduler["properties"]!["sku"]!["name"]);
        Assert.NotEmpty(scheduler["properties"]!["ipAllowlist"]!.AsArray());
        var hub = snapshot.Single("Microsoft.DurableTask/schedulers/taskHubs");
        Assert.Equal($"{scheduler["name"]}/{await HostJsonHubNameAsync()}", (string?)hub["name"]);

        var settings = snapshot.AppSettings;
        Assert.Equal(
            $"[format('Endpoint={{0}};Authentication=ManagedIdentity;ClientID={{1}}', reference('{scheduler["id"]}', '2025-11-01').endpoint, reference('{Deployment.ResourceGroupId}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aisec-id', '2024-11-30').clientId)]",
            settings["DURABLE_TASK_SCHEDULER_CONNECTION_STRING"]);
        Assert.Equal(await HostJsonHubNameAsync(), settings["TASKHUB_NAME"]);
        Assert.Equal("azureManaged", settings[$"{HostJsonOverride}storageProvider__type"]);
        Assert.Equal("DURABLE_TASK_SCHEDULER_CONNECTION_STRING", settings[$"{HostJsonOverride}storageProvider__connectionStringName"]);
    }

    [Fact]
    public async Task Host_json_names_the_task_hub_both_backends_use()
    {
        Assert.Equal("AiSecPlaybooks", await HostJsonHubNameAsync());
    }

    private static async Task<string?> HostJsonHubNameAsync()
    {
        var host = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(BicepCli.RepositoryRoot, "host.json"), TestContext.Current.CancellationToken))!;
        return (string?)host["extensions"]?["durableTask"]?["hubName"];
    }
}
