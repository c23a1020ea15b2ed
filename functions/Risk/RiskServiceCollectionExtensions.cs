using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Risk;

public static class RiskServiceCollectionExtensions
{
    public static IServiceCollection AddRisk(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }
}
