using AiSec.Discovery.Http;
using AiSec.Discovery.Manual;
using AiSec.Shared.Assets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiSec.Discovery;

public static class DiscoveryServiceCollectionExtensions
{
    /// <summary>The asset registry: manual registration, queries and the compliance-gap report.</summary>
    public static IServiceCollection AddDiscovery(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.TryAddSingleton<AssetStore>();
        services.TryAddSingleton<ManualRegistration>();
        services.TryAddSingleton<AssetsHttpHandler>();
        return services;
    }
}
