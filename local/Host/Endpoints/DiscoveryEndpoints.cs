using AiSec.Discovery.Http;

namespace AiSec.LocalHost.Endpoints;

public static class DiscoveryEndpoints
{
    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/assets", (HttpRequest request, AssetsHttpHandler handler, CancellationToken ct) =>
            handler.ListAsync(request.Query, ct)).WithName("AssetsList");
        endpoints.MapGet("/api/assets/gaps", (AssetsHttpHandler handler, CancellationToken ct) => handler.GapsAsync(ct)).WithName("AssetsGaps");
        endpoints.MapGet("/api/assets/graph", (HttpRequest request, AssetsHttpHandler handler, CancellationToken ct) => handler.GraphAsync(request.Query, ct)).WithName("AssetsGraph");
        endpoints.MapMethods("/api/assets/{**id}", [HttpMethods.Patch], (string id, HttpRequest request, AssetsHttpHandler handler, CancellationToken ct) =>
            handler.AnnotateAsync(id, request, ct)).WithName("AssetsAnnotate");
        endpoints.MapGet("/api/assets/{**id}", (string id, AssetsHttpHandler handler, CancellationToken ct) => handler.GetAsync(id, ct)).WithName("AssetsGet");
        endpoints.MapPost("/api/assets", (HttpRequest request, AssetsHttpHandler handler, CancellationToken ct) => handler.RegisterAsync(request, ct)).WithName("AssetsRegister");
        return endpoints;
    }
}
