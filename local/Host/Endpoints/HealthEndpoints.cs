using AiSec.Shared.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiSec.LocalHost.Endpoints;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/health", GetHealthAsync).WithName("Health");
        return endpoints;
    }

    /// <summary>200 when storage answers, 503 (same body) when it does not, so load balancers and scripts can poll it.</summary>
    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealthAsync(
        StorageHealthProbe probe, IEnumerable<IHealthContributor> contributors, CancellationToken cancellationToken)
    {
        var storage = await probe.CheckAsync(cancellationToken);
        var components = new Dictionary<string, ComponentHealth>
        {
            ["storage"] = new(storage.Healthy ? "healthy" : "unhealthy", storage.Error, storage.Endpoint),
        };
        foreach (var contributor in contributors)
        {
            components[contributor.Name] = await contributor.CheckAsync(cancellationToken);
        }

        var status = components.Values.Any(c => c.Status == "unhealthy") ? "unhealthy"
            : components.Values.Any(c => c.Status == "degraded") ? "degraded"
            : "healthy";
        var report = new HealthReport(status, typeof(HealthEndpoints).Assembly.GetName().Version?.ToString(3) ?? "0.0.0", components);
        return status == "unhealthy"
            ? TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(report);
    }
}

public sealed record HealthReport(string Status, string Version, IReadOnlyDictionary<string, ComponentHealth> Components);

public sealed record ComponentHealth(string Status, string? Error = null, string? Detail = null);

/// <summary>A capability's own health (e.g. the audit writer's buffer) shown beside storage on /api/health.</summary>
public interface IHealthContributor
{
    string Name { get; }

    Task<ComponentHealth> CheckAsync(CancellationToken cancellationToken);
}
