using AiSec.Risk.Http;

namespace AiSec.LocalHost.Endpoints;

public static class RiskEndpoints
{
    public static IEndpointRouteBuilder MapRiskEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/risk", (RiskHttpHandler handler, CancellationToken ct) => handler.ListAsync(ct)).WithName("RiskList");
        // Asset ids are ARM ids, ARNs or paths: a catch-all route takes them with slashes, URL-encoded or not.
        endpoints.MapGet("/api/risk/{**assetId}", (string assetId, RiskHttpHandler handler, CancellationToken ct) => handler.GetAsync(assetId, ct)).WithName("RiskGet");
        endpoints.MapPost("/api/risk/{**path}", (string path, HttpRequest request, RiskHttpHandler handler, CancellationToken ct) => handler.AcceptAsync(path, request, ct)).WithName("RiskAccept");
        return endpoints;
    }
}
