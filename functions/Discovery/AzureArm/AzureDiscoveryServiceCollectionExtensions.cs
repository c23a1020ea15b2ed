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
            .PostConfigure(options => options.SubscriptionIds = SettingLists.Joined(section, nameof(options.SubscriptionIds)) ?? options.SubscriptionIds)
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
