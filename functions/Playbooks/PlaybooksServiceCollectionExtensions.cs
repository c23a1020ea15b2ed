using AiSec.Playbooks.Actions;
using AiSec.Playbooks.Approvals;
using AiSec.Playbooks.Definitions;
using AiSec.Playbooks.Http;
using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Intake;
using AiSec.Playbooks.Notifications;
using AiSec.Playbooks.Orchestration;
using AiSec.Playbooks.Teams;
using AiSec.Shared.Assets;
using Microsoft.DurableTask;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AiSec.Playbooks;

public static class PlaybooksServiceCollectionExtensions
{
    /// <summary>
    /// Incidents, playbooks and their actions. The host brings the Durable Task engine: the local host its sidecar,
    /// worker and client (<see cref="RegisterTasks"/>), the Functions app Durable Functions. A malformed playbook file
    /// stops the start-up with its file, line and field.
    /// </summary>
    public static IServiceCollection AddPlaybooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PlaybooksOptions>()
            .Bind(configuration.GetSection(PlaybooksOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PlaybooksOptions>, PlaybookFilesValidation>());
        services.TryAddSingleton<PlaybookCatalog>();
        services.TryAddSingleton<AssetStore>();
        services.TryAddSingleton<IncidentRecorder>();
        services.TryAddSingleton<IncidentService>();
        services.TryAddSingleton<IncidentNotifier>();
        services.TryAddSingleton<SignalIntake>();
        services.TryAddSingleton<IncidentsHttpHandler>();
        services.TryAddSingleton<ActionCatalog>();
        services.AddPlaybookActions(configuration);
        services.AddApprovals(configuration);
        services.AddTeamsNotices(configuration);
        return services;
    }

    /// <summary>The orchestrator and activities, for a Durable Task worker (the local host's; Durable Functions uses the shells).</summary>
    public static void RegisterTasks(DurableTaskRegistry registry) => registry
        .AddOrchestrator<IncidentOrchestrator>()
        .AddActivity<AnnounceIncidentActivity>()
        .AddActivity<RunStepActivity>()
        .AddActivity<FinishStepActivity>()
        .AddActivity<StartHumanStepActivity>()
        .AddActivity<NoteStepOverdueActivity>()
        .AddActivity<EscalateActivity>()
        .AddActivity<CloseOnRejectionActivity>()
        .AddActivity<FinishIncidentActivity>();

    /// <summary>Loads the playbook files as start-up validation, so a malformed one stops the host and says where.</summary>
    private sealed class PlaybookFilesValidation : IValidateOptions<PlaybooksOptions>
    {
        public ValidateOptionsResult Validate(string? name, PlaybooksOptions options)
        {
            try
            {
                _ = new PlaybookCatalog(string.IsNullOrEmpty(options.Directory) || Directory.Exists(options.Directory) ? options.Directory : null);
                return ValidateOptionsResult.Success;
            }
            catch (PlaybookValidationException ex)
            {
                return ValidateOptionsResult.Fail($"Playbook files are not valid: {ex.Message}");
            }
        }
    }
}
