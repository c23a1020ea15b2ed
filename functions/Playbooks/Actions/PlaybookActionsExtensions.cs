using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Playbooks.Actions;

public static class PlaybookActionsExtensions
{
    /// <summary>Every named action a playbook step can run (the schema's actionName list).</summary>
    public static IServiceCollection AddPlaybookActions(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddSingleton<IPlaybookAction, DeployEmergencyGuardrailAction>();
        services.AddSingleton<IPlaybookAction, BlockApiKeyAction>();
        services.AddSingleton<IPlaybookAction, EnableEnhancedLoggingAction>();
        services.AddSingleton<IPlaybookAction, CaptureEvidenceAction>();
        return services;
    }
}
