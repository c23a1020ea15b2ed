using AiSec.Discovery.Admin;
using AiSec.Discovery.Aws;
using AiSec.Discovery.AzureArm;
using AiSec.Discovery.Collectors;
using AiSec.Discovery.HuggingFace;
using AiSec.Discovery.Http;
using AiSec.Discovery.Registry;
using AiSec.Shared.Assets;
using AiSec.Shared.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiSec.Discovery;

public static class DiscoveryServiceCollectionExtensions
{
    /// <summary>The asset registry, its collectors (Azure, AWS Bedrock, Hugging Face), reconciliation and the discovery timer.</summary>
    public static IServiceCollection AddDiscovery(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<AssetStore>();
        services.TryAddSingleton<AssetChangePublisher>();
        services.TryAddSingleton<AssetReconciler>();
        services.TryAddSingleton<AssetCatalog>();
        services.TryAddSingleton<DiscoveryAdmin>();
        services.TryAddSingleton<AssetsHttpHandler>();

        services.AddAzureDiscovery(configuration);
        services.AddAwsDiscovery(configuration);
        services.AddOptions<HuggingFaceDiscoveryOptions>().Bind(configuration.GetSection(HuggingFaceDiscoveryOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAssetCollector, HuggingFaceCollector>());

        services.TryAddSingleton<DiscoveryRunner>();
        services.TryAddSingleton<DiscoveryJob>();
        services.AddSingleton<ITimerJob>(sp => sp.GetRequiredService<DiscoveryJob>());
        return services;
    }
}
