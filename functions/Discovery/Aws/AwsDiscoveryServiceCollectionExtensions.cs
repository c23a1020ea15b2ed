using AiSec.Discovery.Collectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AiSec.Discovery.Aws;

public static class AwsDiscoveryServiceCollectionExtensions
{
    /// <summary>
    /// The AWS Bedrock collector from <c>Discovery:Aws</c>. Registered whether or not regions are set: an unconfigured
    /// collector says so through <see cref="IAssetCollector.IsConfigured"/> and resolves no credentials.
    /// </summary>
    public static IServiceCollection AddAwsDiscovery(this IServiceCollection services, IConfiguration configuration)
    {
        // Binding the section twice would append every region and role a second time.
        if (services.Any(d => d.ServiceType == typeof(AwsDiscoveryMarker)))
        {
            return services;
        }

        services.AddSingleton<AwsDiscoveryMarker>();
        var section = configuration.GetSection(AwsDiscoveryOptions.SectionName);
        services.AddOptions<AwsDiscoveryOptions>()
            .Bind(section)
            .PostConfigure(options =>
            {
                options.Regions = SettingLists.Joined(section, nameof(options.Regions)) ?? options.Regions;
                options.RoleArns = SettingLists.Joined(section, nameof(options.RoleArns)) ?? options.RoleArns;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient(BedrockClient.HttpClientName)
            .ConfigureHttpClient((provider, client) => client.Timeout = provider.GetRequiredService<IOptions<AwsDiscoveryOptions>>().Value.RequestTimeout);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BedrockClient>();
        services.TryAddSingleton<AwsAccountResolver>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAssetCollector, AwsBedrockCollector>());
        return services;
    }

    private sealed class AwsDiscoveryMarker;
}
