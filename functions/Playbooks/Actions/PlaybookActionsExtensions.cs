using AiSec.Playbooks.Actions.Arm;
using AiSec.Playbooks.Actions.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace AiSec.Playbooks.Actions;

public static class PlaybookActionsExtensions
{
    /// <summary>
    /// Every named action a playbook step can run (the schema's actionName list), with what they reach: Microsoft Graph
    /// (<c>Playbooks:Graph</c>) and Resource Manager through Discovery's client (<c>Discovery:Azure</c>, registered by
    /// <c>AddDiscovery</c>), switched by <c>Playbooks:Actions</c>.
    /// </summary>
    public static IServiceCollection AddPlaybookActions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContainmentOptions>()
            .Bind(configuration.GetSection(ContainmentOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<GraphOptions>()
            .Bind(configuration.GetSection(GraphOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Built on first use: a host with Graph switched off never creates a credential.
        services.TryAddSingleton(sp => new Lazy<GraphServiceClient>(() => GraphClientBuilder.Create(
            sp.GetRequiredService<IOptions<GraphOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<GraphConnection>())));
        services.TryAddSingleton<GraphConnection>();
        services.TryAddSingleton<AzureContainment>();

        services.AddSingleton<IPlaybookAction, DeployEmergencyGuardrailAction>();
        services.AddSingleton<IPlaybookAction, BlockApiKeyAction>();
        services.AddSingleton<IPlaybookAction, RevokeSessionAction>();
        services.AddSingleton<IPlaybookAction, DisableAgentIdentityAction>();
        services.AddSingleton<IPlaybookAction, DisablePublicNetworkAccessAction>();
        services.AddSingleton<IPlaybookAction, DisableLocalAuthAction>();
        services.AddSingleton<IPlaybookAction, RegenerateKeysAction>();
        services.AddSingleton<IPlaybookAction, ScaleDeploymentToZeroAction>();
        services.AddSingleton<IPlaybookAction, EnableEnhancedLoggingAction>();
        services.AddSingleton<IPlaybookAction, CaptureEvidenceAction>();
        return services;
    }
}
