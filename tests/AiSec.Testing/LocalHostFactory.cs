using Microsoft.AspNetCore.Hosting;
using AiSec.LocalHost.Extensions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace AiSec.Testing;

/// <summary>The real local host on a test server, against the run's Azurite with a storage prefix of its own.</summary>
public sealed class LocalHostFactory(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? extra = null) : WebApplicationFactory<global::Program>
{
    public string Prefix { get; } = AzuriteFixture.NewPrefix();

    /// <summary>Starts the host and waits until its storage initializer has created the tables, queues and containers.</summary>
    public Task StorageReadyAsync() =>
        Services.GetRequiredService<StorageInitializer>().Ready.WaitAsync(TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in azurite.Settings(Prefix))
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
