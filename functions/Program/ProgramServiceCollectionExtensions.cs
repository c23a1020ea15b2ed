using AiSec.Playbooks.Definitions;
using AiSec.Program.Admin;
using AiSec.Program.Http;
using AiSec.Program.Incidents;
using AiSec.Program.Metrics;
using AiSec.Program.RedTeam;
using AiSec.Program.Report;
using AiSec.Program.Snapshots;
using AiSec.Risk.Acceptance;
using AiSec.Risk.Assessment;
using AiSec.Guardrail.Overturns;
using AiSec.Shared.Assets;
using AiSec.Shared.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiSec.Program;

public static class ProgramServiceCollectionExtensions
{
    /// <summary>
    /// The program capability: metrics, maturity, red-team records, snapshots (a timer on <c>Dashboard:SnapshotSchedule</c>),
    /// the report and the page. Reads the other capabilities' data through their readers, registered here too if the
    /// host has not.
    /// </summary>
    public static IServiceCollection AddProgram(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>()
            .Bind(configuration.GetSection(DashboardOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<AssetStore>();
        services.TryAddSingleton<RiskScores>();
        services.TryAddSingleton<RiskAcceptances>();
        services.TryAddSingleton<GuardrailOverturns>();
        services.TryAddSingleton<PlaybookCatalog>();
        services.TryAddSingleton<IncidentReader>();
        services.TryAddSingleton<RedTeamRecords>();
        services.TryAddSingleton<RedTeamAdmin>();
        services.TryAddSingleton<ProgramInputsLoader>();
        services.TryAddSingleton<ProgramReportBuilder>();
        services.TryAddSingleton<DashboardHttpHandler>();
        services.TryAddSingleton<RedTeamHttpHandler>();
        services.TryAddSingleton<SnapshotJob>();
        services.AddSingleton<ITimerJob>(sp => sp.GetRequiredService<SnapshotJob>());
        return services;
    }
}
