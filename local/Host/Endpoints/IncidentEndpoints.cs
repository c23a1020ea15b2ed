using AiSec.Playbooks.Http;
using Microsoft.DurableTask.Client;

namespace AiSec.LocalHost.Endpoints;

public static class IncidentEndpoints
{
    public static IEndpointRouteBuilder MapIncidentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/incidents", (HttpRequest request, IncidentsHttpHandler handler, DurableTaskClient durable, CancellationToken ct) => handler.OpenAsync(request, durable, ct))
            .WithName("IncidentsOpen");
        endpoints.MapGet("/api/incidents", (HttpRequest request, IncidentsHttpHandler handler, CancellationToken ct) => handler.ListAsync(request, ct))
            .WithName("IncidentsList");
        endpoints.MapGet("/api/incidents/{id}", (HttpRequest request, string id, IncidentsHttpHandler handler, CancellationToken ct) => handler.GetAsync(request, id, ct))
            .WithName("IncidentsGet");
        // The approval page a Teams card's button opens, and the decision its form posts.
        endpoints.MapGet("/api/approvals/{token}", (HttpRequest request, string token, ApprovalsHttpHandler handler, CancellationToken ct) => handler.GetAsync(request, token, ct))
            .WithName("ApprovalsPage");
        endpoints.MapPost("/api/approvals/{token}", (HttpRequest request, string token, ApprovalsHttpHandler handler, DurableTaskClient durable, CancellationToken ct) =>
            handler.PostAsync(request, token, durable, ct))
            .WithName("ApprovalsDecide");
        return endpoints;
    }
}
