using AiSec.Discovery.Manual;
using AiSec.Shared.Assets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiSec.Discovery.Http;

/// <summary>GET /api/assets[?type&amp;classification&amp;owner&amp;status&amp;source], GET /api/assets/{id}, GET /api/assets/gaps, POST /api/assets.</summary>
public sealed class AssetsHttpHandler(AssetStore assets, ManualRegistration registration, TimeProvider time)
{
    public sealed record Filter(string? Type, string? Classification, string? Owner, string? Status, string? Source, string? Regulatory);

    public async Task<Ok<List<AiAsset>>> ListAsync(Filter filter, CancellationToken cancellationToken)
    {
        var all = await assets.ListAsync(cancellationToken, filter.Source);
        return TypedResults.Ok(all.Where(a =>
            (filter.Type is null || a.AssetType == filter.Type)
            && (filter.Classification is null || a.DataClassification == filter.Classification)
            && (filter.Owner is null || string.Equals(a.Owner, filter.Owner, StringComparison.OrdinalIgnoreCase))
            && (filter.Status is null || a.Status == filter.Status)
            && (filter.Regulatory is null || a.RegulatoryScope.Contains(filter.Regulatory, StringComparer.OrdinalIgnoreCase)))
            .OrderBy(a => a.Name, StringComparer.Ordinal).ToList());
    }

    public async Task<Results<Ok<AiAsset>, ProblemHttpResult>> GetAsync(string id, CancellationToken cancellationToken)
    {
        var assetId = Uri.UnescapeDataString(id);
        var asset = await assets.GetAsync(assetId, cancellationToken)
            ?? (assetId.StartsWith('/') ? null : await assets.GetAsync("/" + assetId, cancellationToken));
        return asset is null
            ? TypedResults.Problem(detail: $"No asset '{assetId}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found")
            : TypedResults.Ok(asset);
    }

    public async Task<Ok<List<AssetGaps>>> GapsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var all = await assets.ListAsync(cancellationToken);
        return TypedResults.Ok(all.Select(a => new AssetGaps(a.Id, a.Name, ComplianceGaps.For(a, now))).Where(g => g.Gaps.Count > 0).OrderBy(g => g.Name, StringComparer.Ordinal).ToList());
    }

    public async Task<Results<Created<AiAsset>, Ok<AiAsset>, ValidationProblem, ProblemHttpResult>> RegisterAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(detail: "Send the asset as JSON with Content-Type: application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            var (asset, created) = await registration.RegisterAsync(body, "http", cancellationToken);
            return created ? TypedResults.Created($"/api/assets/{Uri.EscapeDataString(asset.Id)}", asset) : TypedResults.Ok(asset);
        }
        catch (AssetValidationException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ex.Field] = [ex.Message] }, detail: ex.Message, title: "The asset is not valid");
        }
    }
}

public sealed record AssetGaps(string Id, string Name, IReadOnlyList<string> Gaps);
