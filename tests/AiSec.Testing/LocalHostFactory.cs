using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AiSec.Testing;

/// <summary>The real local host on a test server, against the run's Azurite with a storage prefix of its own.</summary>
public sealed class LocalHostFactory(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? extra = null) : WebApplicationFactory<Program>
{
    public string Prefix { get; } = AzuriteFixture.NewPrefix();

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
