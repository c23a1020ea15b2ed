using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Playbooks;

public static class PlaybooksServiceCollectionExtensions
{
    public static IServiceCollection AddPlaybooks(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }
}
