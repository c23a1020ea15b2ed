using AiSec.Discovery.Collectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiSec.Discovery.AzureArm;

public static class AzureDiscoveryServiceCollectionExtensions
{
    /// <summary>The Azure collector and its Resource Manager client, built once from <c>Discovery:Azure</c>.</summary>
    public static IServiceCollection AddAzureDiscovery(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(AzureDiscoveryOptions.SectionName);
        services.AddOptions<AzureDiscoveryOptions>()
            .Bind(section)
            .PostConfigure(options =>
            {
                // App settings carry lists as one value ("sub1,sub2"), as the Bicep deployment writes them.
                if (section[nameof(AzureDiscoveryOptions.SubscriptionIds)] is { Length: > 0 } joined)
                {
                    options.SubscriptionIds = joined.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Built on first use: a host with Azure discovery switched off never creates credentials.
        services.TryAddSingleton(sp => new Lazy<ArmRestClient>(() =>
        {
            var options = sp.GetRequiredService<IOptions<AzureDiscoveryOptions>>().Value;
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger<ArmRestClient>();
            return new ArmRestClient(ArmPipelineFactory.Create(options, logger), options.ResourceManagerEndpoint);
        }));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAssetCollector, AzureCollector>());
        return services;
    }
}
