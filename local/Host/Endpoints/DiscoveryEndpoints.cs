using AiSec.Discovery.Http;
using AiSec.Discovery.Registry;

namespace AiSec.LocalHost.Endpoints;

public static class DiscoveryEndpoints
{
    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/assets", ([AsParameters] AssetSearch search, AssetsHttpHandler handler, CancellationToken ct) =>
            handler.ListAsync(search.ToQuery(), ct)).WithName("AssetsList");
        endpoints.MapGet("/api/assets/gaps", (AssetsHttpHandler handler, CancellationToken ct) => handler.GapsAsync(ct)).WithName("AssetsGaps");
        endpoints.MapGet("/api/assets/graph", (string? id, int? depth, AssetsHttpHandler handler, CancellationToken ct) => handler.GraphAsync(id, depth, ct)).WithName("AssetsGraph");
        endpoints.MapMethods("/api/assets/{**id}", [HttpMethods.Patch], (string id, HttpRequest request, AssetsHttpHandler handler, CancellationToken ct) =>
            handler.AnnotateAsync(id, request, ct)).WithName("AssetsAnnotate");
        endpoints.MapGet("/api/assets/{**id}", (string id, AssetsHttpHandler handler, CancellationToken ct) => handler.GetAsync(id, ct)).WithName("AssetsGet");
        endpoints.MapPost("/api/assets", (HttpRequest request, AssetsHttpHandler handler, CancellationToken ct) => handler.RegisterAsync(request, ct)).WithName("AssetsRegister");
        return endpoints;
    }

    /// <summary>The query string of GET /api/assets.</summary>
    private sealed record AssetSearch(string? Type, string? Classification, string? Owner, string? Regulatory, string? Status, string? Source, bool? Unreviewed, string? Q)
    {
        public AssetQuery ToQuery() => new(Type, Classification, Owner, Regulatory, Status, Source, Unreviewed ?? false, Q);
    }
}
