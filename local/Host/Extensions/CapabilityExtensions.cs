using AiSec.Discovery;
using AiSec.Guardrail;
using AiSec.Playbooks;
using AiSec.LocalHost.Audit;
using AiSec.Program;
using AiSec.Risk;
using AiSec.LocalHost.Endpoints;

namespace AiSec.LocalHost.Extensions;

/// <summary>The capabilities this host runs: each one's services, and the routes that bind HTTP to them.</summary>
public static class CapabilityExtensions
{
    public static IServiceCollection AddCapabilities(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalAuditLog(configuration);
        services.AddGuardrail(configuration);
        services.AddRisk(configuration);
        services.AddDiscovery(configuration);
        services.AddPlaybooks(configuration);
        services.AddProgram(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapCapabilityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthEndpoints();
        endpoints.MapGuardrailEndpoints();
        endpoints.MapRiskEndpoints();
        endpoints.MapDiscoveryEndpoints();
        endpoints.MapIncidentEndpoints();
        endpoints.MapProgramEndpoints();
        return endpoints;
    }
}
