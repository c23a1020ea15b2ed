using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Discovery;

public static class DiscoveryServiceCollectionExtensions
{
    public static IServiceCollection AddDiscovery(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }
}
