using AiSec.Discovery.Http;

namespace AiSec.LocalHost.Endpoints;

public static class DiscoveryEndpoints
{
    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/assets", (string? type, string? classification, string? owner, string? status, string? source, string? regulatory, AssetsHttpHandler handler, CancellationToken ct) =>
            handler.ListAsync(new AssetsHttpHandler.Filter(type, classification, owner, status, source, regulatory), ct)).WithName("AssetsList");
        endpoints.MapGet("/api/assets/gaps", (AssetsHttpHandler handler, CancellationToken ct) => handler.GapsAsync(ct)).WithName("AssetsGaps");
        endpoints.MapGet("/api/assets/{**id}", (string id, AssetsHttpHandler handler, CancellationToken ct) => handler.GetAsync(id, ct)).WithName("AssetsGet");
        endpoints.MapPost("/api/assets", (HttpRequest request, AssetsHttpHandler handler, CancellationToken ct) => handler.RegisterAsync(request, ct)).WithName("AssetsRegister");
        return endpoints;
    }
}
