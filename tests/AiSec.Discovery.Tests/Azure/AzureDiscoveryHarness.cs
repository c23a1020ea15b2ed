using AiSec.Discovery.Registry;
using AiSec.Shared.Assets;
using AiSec.Testing;
using AiSec.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Discovery.Tests.Azure;

/// <summary>The real local host pointed at a fake Resource Manager, with retry delays short enough for tests.</summary>
public sealed class AzureDiscoveryHarness : IAsyncDisposable
{
    private AzureDiscoveryHarness(FakeArm arm, LocalHostFactory host)
    {
        Arm = arm;
        Host = host;
    }

    public FakeArm Arm { get; }

    public LocalHostFactory Host { get; }

    public static async Task<AzureDiscoveryHarness> StartAsync(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var arm = await FakeArm.StartAsync(TestContext.Current.CancellationToken);
        var settings = new Dictionary<string, string?>(Settings(arm.Endpoint));
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new AzureDiscoveryHarness(arm, new LocalHostFactory(azurite, settings));
    }

    public static IReadOnlyDictionary<string, string?> Settings(Uri endpoint) => new Dictionary<string, string?>
    {
        ["Discovery:Azure:Enabled"] = "true",
        ["Discovery:Azure:ResourceManagerEndpoint"] = endpoint.ToString(),
        ["Discovery:Azure:Credential"] = "static-token",
        ["Discovery:Azure:AccessToken"] = FakeArm.Token,
        ["Discovery:Azure:RetryDelay"] = "00:00:00.010",
        ["Discovery:Azure:MaxRetryDelay"] = "00:00:00.100",
        ["Discovery:Azure:MaxRetries"] = "3",
    };

    public async Task<ReconcileSummary> DiscoverAsync()
    {
        await Host.StorageReadyAsync();
        return (await Host.Services.GetRequiredService<DiscoveryRunner>().RunAsync(["azure"], "test", null, TestContext.Current.CancellationToken)).Single();
    }

    public async Task<AiAsset> AssetAsync(string id) =>
        await Host.Services.GetRequiredService<AssetStore>().GetAsync(id, TestContext.Current.CancellationToken)
        ?? throw new InvalidOperationException($"no asset {id}");

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Arm.DisposeAsync();
    }
}
