using AiSec.Program.Http;

namespace AiSec.LocalHost.Endpoints;

public static class ProgramEndpoints
{
    /// <summary>The dashboard at <c>/</c> (the host listens on loopback only unless told otherwise) and its API.</summary>
    public static IEndpointRouteBuilder MapProgramEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (DashboardHttpHandler handler, CancellationToken ct) => handler.PageAsync(ct)).WithName("DashboardHome");
        endpoints.MapGet("/api/dashboard/page", (DashboardHttpHandler handler, CancellationToken ct) => handler.PageAsync(ct)).WithName("DashboardPage");
        endpoints.MapGet("/api/dashboard", (DashboardHttpHandler handler, CancellationToken ct) => handler.JsonAsync(ct)).WithName("DashboardFigures");
        endpoints.MapGet("/api/redteam", (RedTeamHttpHandler handler, CancellationToken ct) => handler.ListAsync(ct)).WithName("RedTeamList");
        endpoints.MapPost("/api/redteam/engagements", (HttpRequest request, RedTeamHttpHandler handler, CancellationToken ct) =>
            handler.AddEngagementAsync(request, ct)).WithName("RedTeamAddEngagement");
        endpoints.MapPost("/api/redteam/engagements/{engagementId}/findings", (string engagementId, HttpRequest request, RedTeamHttpHandler handler, CancellationToken ct) =>
            handler.AddFindingAsync(engagementId, request, ct)).WithName("RedTeamAddFinding");
        endpoints.MapPost("/api/redteam/findings/{findingId}/remediate", (string findingId, HttpRequest request, RedTeamHttpHandler handler, CancellationToken ct) =>
            handler.RemediateAsync(findingId, request, ct)).WithName("RedTeamRemediate");
        return endpoints;
    }
}
