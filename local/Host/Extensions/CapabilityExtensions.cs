using AiSec.LocalHost.Audit;
using AiSec.LocalHost.Endpoints;

namespace AiSec.LocalHost.Extensions;

/// <summary>The capabilities this host runs: each one's services, and the routes that bind HTTP to them.</summary>
public static class CapabilityExtensions
{
    public static IServiceCollection AddCapabilities(this IServiceCollection services, IConfiguration configuration)
    {
        // Capability registrations (AddAuditLog, AddGuardrail, AddDiscovery, AddRisk) go here, one line each.
        services.AddLocalAuditLog(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapCapabilityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthEndpoints();
        return endpoints;
    }
}
