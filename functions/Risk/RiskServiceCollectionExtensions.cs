using AiSec.Risk.Acceptance;
using AiSec.Risk.Admin;
using AiSec.Risk.Assessment;
using AiSec.Risk.Http;
using AiSec.Risk.Scoring;
using AiSec.Shared.Assets;
using AiSec.Shared.Signals;
using AiSec.Shared.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiSec.Risk;

public static class RiskServiceCollectionExtensions
{
    /// <summary>The risk model with its weights from <c>Risk:Weights</c>, validated to sum to 1.0 at start.</summary>
    public static IServiceCollection AddRisk(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RiskWeights>()
            .Bind(configuration.GetSection(RiskWeights.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<RiskScorer>();
        services.TryAddSingleton<AssetStore>();
        services.TryAddSingleton<IncidentSignalPublisher>();
        services.TryAddSingleton<RiskScores>();
        services.TryAddSingleton<RiskAssessor>();
        services.TryAddSingleton<RiskAdmin>();
        services.TryAddSingleton<RiskAcceptances>();
        services.TryAddSingleton<AssetChangeHandler>();
        services.TryAddSingleton<RiskHttpHandler>();
        services.TryAddSingleton<RiskAssessmentJob>();
        services.AddSingleton<ITimerJob>(sp => sp.GetRequiredService<RiskAssessmentJob>());
        return services;
    }
}
