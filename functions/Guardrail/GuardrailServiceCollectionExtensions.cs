using AiSec.Guardrail.Keys;
using AiSec.Guardrail.Admin;
using AiSec.Guardrail.Classifier;
using AiSec.Guardrail.Detection;
using AiSec.Guardrail.Http;
using AiSec.Guardrail.Overturns;
using AiSec.Guardrail.State;
using AiSec.Guardrail.Usage;
using AiSec.Shared.Signals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiSec.Guardrail;

public static class GuardrailServiceCollectionExtensions
{
    /// <summary>
    /// The detection core: the classifier (loaded once, from <c>Guardrail:Classifier:ModelDirectory</c> or the model
    /// embedded in this assembly) and the engine. Hosts add the storage-backed parts with <see cref="AddGuardrail"/>.
    /// </summary>
    public static IServiceCollection AddGuardrailEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ =>
        {
            var directory = configuration["Guardrail:Classifier:ModelDirectory"];
            var (model, metadata) = string.IsNullOrEmpty(directory) ? ModelFile.LoadEmbedded() : ModelFile.LoadDirectory(directory);
            return new PromptClassifier(model, metadata);
        });
        services.TryAddSingleton<GuardrailEngine>();
        return services;
    }

    /// <summary>Registers the guardrail capability: engine, policies, keys, emergency rules and their admin, counters, HTTP handlers.</summary>
    public static IServiceCollection AddGuardrail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGuardrailEngine(configuration);
        services.AddOptions<GuardrailOptions>()
            .Bind(configuration.GetSection(GuardrailOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<GuardrailState>();
        services.TryAddSingleton<GuardrailAdmin>();
        services.TryAddSingleton<GuardrailOverturns>();
        services.TryAddSingleton<OverturnHttpHandler>();
        services.TryAddSingleton<GuardrailCounters>();
        services.TryAddSingleton<IncidentSignalPublisher>();
        services.TryAddSingleton<BurstDetector>();
        services.TryAddSingleton<AppRateLimiter>();
        services.TryAddSingleton<GuardrailService>();
        services.TryAddSingleton<ApiKeyAuthenticator>();
        services.TryAddSingleton<GuardrailHttpHandler>();
        return services;
    }

    /// <summary>
    /// What a host that serves guardrail traffic runs in the background: the policy/key/rule refresher, the counter
    /// flusher and the classifier warm-up. Hosts that only run commands (the CLI) leave them out.
    /// </summary>
    public static IServiceCollection AddGuardrailBackgroundServices(this IServiceCollection services)
    {
        services.AddHostedService(sp => sp.GetRequiredService<GuardrailState>());
        services.AddHostedService(sp => sp.GetRequiredService<GuardrailCounters>());
        services.AddHostedService<ClassifierWarmUp>();
        return services;
    }
}
