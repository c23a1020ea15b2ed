using AiSec.Risk.Scoring;
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
        return services;
    }
}
