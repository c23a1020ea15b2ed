using AiSec.Discovery.Admin;
using AiSec.Discovery.Manual;
using AiSec.Discovery.Registry;
using AiSec.Shared.Admin;
using AiSec.Shared.Assets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiSec.Discovery.Http;

/// <summary>
/// GET /api/assets[?type&amp;classification&amp;owner&amp;regulatory&amp;status&amp;source&amp;unreviewed&amp;q],
/// GET /api/assets/{id}, GET /api/assets/graph?id=, GET /api/assets/gaps, POST /api/assets, PATCH /api/assets/{id}.
/// </summary>
public sealed class AssetsHttpHandler(AssetCatalog catalog, DiscoveryAdmin admin)
{
    /// <summary>Both hosts pass the raw query string, so a malformed value gets the same 400 from either.</summary>
    public async Task<Results<Ok<IReadOnlyList<AiAsset>>, ProblemHttpResult>> ListAsync(IQueryCollection queryString, CancellationToken cancellationToken)
    {
        var unreviewed = false;
        if ((string?)queryString["unreviewed"] is { Length: > 0 } unreviewedText && !bool.TryParse(unreviewedText, out unreviewed))
        {
            return BadQuery("unreviewed", $"'{unreviewedText}' is not true or false.");
        }

        var query = new AssetQuery(
            queryString["type"], queryString["classification"], queryString["owner"], queryString["regulatory"],
            queryString["status"], queryString["source"], unreviewed, queryString["q"]);
        return TypedResults.Ok(await catalog.SearchAsync(query, cancellationToken));
    }

    public async Task<Results<Ok<AiAsset>, ProblemHttpResult>> GetAsync(string id, CancellationToken cancellationToken)
    {
        var (assetId, asset) = await FindAsync(id, cancellationToken);
        return asset is null ? NotFound(assetId) : TypedResults.Ok(asset);
    }

    public async Task<Results<Ok<AssetGraph.Result>, ProblemHttpResult>> GraphAsync(IQueryCollection queryString, CancellationToken cancellationToken)
    {
        var id = (string?)queryString["id"];
        if (string.IsNullOrWhiteSpace(id))
        {
            return TypedResults.Problem(detail: "Name the asset with ?id=.", statusCode: StatusCodes.Status400BadRequest, title: "Missing id");
        }

        int? depth = null;
        if ((string?)queryString["depth"] is { Length: > 0 } depthText)
        {
            if (!int.TryParse(depthText, System.Globalization.CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
            {
                return TypedResults.Problem(detail: "depth must be at least 1.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid depth");
            }

            depth = parsed;
        }

        var assetId = Uri.UnescapeDataString(id);
        var graph = await catalog.GraphAsync(assetId, depth, cancellationToken);
        return graph is null ? NotFound(assetId) : TypedResults.Ok(graph);
    }

    public async Task<Results<Ok<AiAsset>, ValidationProblem, ProblemHttpResult>> AnnotateAsync(string id, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJson(request))
        {
            return UnsupportedMediaType();
        }

        var assetId = Uri.UnescapeDataString(id);
        using var reader = new StreamReader(request.Body);
        try
        {
            var annotated = await admin.AnnotateAsync(assetId, await reader.ReadToEndAsync(cancellationToken), Actor.Http(request), cancellationToken);
            return annotated is null ? NotFound(assetId) : TypedResults.Ok(annotated);
        }
        catch (AssetValidationException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ex.Field] = [ex.Message] }, detail: ex.Message, title: "The annotation is not valid");
        }
    }

    private async Task<(string AssetId, AiAsset? Asset)> FindAsync(string id, CancellationToken cancellationToken)
    {
        var assetId = Uri.UnescapeDataString(id);
        return (assetId, await catalog.FindAsync(assetId, cancellationToken));
    }

    private static ProblemHttpResult BadQuery(string parameter, string detail) =>
        TypedResults.Problem(detail: $"{parameter}: {detail}", statusCode: StatusCodes.Status400BadRequest, title: "Invalid query parameter");

    private static ProblemHttpResult NotFound(string assetId) =>
        TypedResults.Problem(detail: $"No asset '{assetId}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static bool IsJson(HttpRequest request) =>
        request.ContentType is not null && request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);

    private static ProblemHttpResult UnsupportedMediaType() =>
        TypedResults.Problem(detail: "Send JSON with Content-Type: application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");

    public async Task<Ok<IReadOnlyList<AssetGaps>>> GapsAsync(CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.GapsAsync(cancellationToken));

    public async Task<Results<Created<AiAsset>, Ok<AiAsset>, ValidationProblem, ProblemHttpResult>> RegisterAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJson(request))
        {
            return UnsupportedMediaType();
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            var (asset, created) = await admin.RegisterAsync(body, Actor.Http(request), cancellationToken);
            return created ? TypedResults.Created($"/api/assets/{Uri.EscapeDataString(asset.Id)}", asset) : TypedResults.Ok(asset);
        }
        catch (AssetValidationException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ex.Field] = [ex.Message] }, detail: ex.Message, title: "The asset is not valid");
        }
    }
}
