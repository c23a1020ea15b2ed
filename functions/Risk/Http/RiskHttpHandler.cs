using AiSec.Risk.Acceptance;
using AiSec.Risk.Admin;
using AiSec.Risk.Assessment;
using AiSec.Shared.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiSec.Risk.Http;

/// <summary>
/// GET /api/risk (latest scores, highest residual first), GET /api/risk/{assetId} and
/// POST /api/risk/{assetId}/acceptances (accept the asset's residual risk until a date).
/// </summary>
public sealed class RiskHttpHandler(RiskScores scores, RiskAcceptances acceptances, RiskAdmin admin)
{
    private const string AcceptancesSuffix = "/acceptances";

    public async Task<Ok<IReadOnlyList<AssetRisk>>> ListAsync(CancellationToken cancellationToken) =>
        TypedResults.Ok(await scores.RankedAsync(cancellationToken));

    public async Task<Results<Ok<AssetRiskWithHistory>, ProblemHttpResult>> GetAsync(string assetId, CancellationToken cancellationToken)
    {
        var id = Uri.UnescapeDataString(assetId);
        var latest = await scores.LatestAsync(id, cancellationToken);
        if (latest is null)
        {
            return TypedResults.Problem(detail: $"No risk assessment for asset '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        var history = await scores.HistoryAsync(latest.AssetId, 50, cancellationToken);
        var acceptance = await acceptances.ForAssetAsync(latest.AssetId, cancellationToken);
        return TypedResults.Ok(new AssetRiskWithHistory(latest, history.Select(h => new RiskPoint(h.AssessedAt, h.Result.ResidualRiskScore, h.Result.RiskLevel)).ToList(), acceptance));
    }

    /// <param name="path">The route's catch-all: <c>{assetId}/acceptances</c>, since asset ids hold slashes.</param>
    public async Task<Results<Created<RiskAcceptance>, ValidationProblem, ProblemHttpResult>> AcceptAsync(string path, HttpRequest request, CancellationToken cancellationToken)
    {
        var decoded = Uri.UnescapeDataString(path);
        if (!decoded.EndsWith(AcceptancesSuffix, StringComparison.Ordinal) || decoded.Length == AcceptancesSuffix.Length)
        {
            return TypedResults.Problem(detail: "POST to /api/risk/{assetId}/acceptances.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        try
        {
            var body = await AdminHttp.ReadBodyAsync<AcceptanceBody>(request, cancellationToken);
            var assetId = decoded[..^AcceptancesSuffix.Length];
            var acceptance = await admin.AcceptAsync(
                new AcceptanceRequest(assetId, body.AcceptedBy ?? "", body.Until ?? throw new InvalidInputException("until", "give the date the acceptance ends"), body.Reason ?? ""),
                Actor.Http(request), cancellationToken);
            return TypedResults.Created($"/api/risk/{Uri.EscapeDataString(acceptance.AssetId)}", acceptance);
        }
        catch (InvalidInputException ex)
        {
            return AdminHttp.Problem(ex);
        }
    }

    private sealed record AcceptanceBody(string? AcceptedBy, DateTimeOffset? Until, string? Reason);
}

/// <summary>An asset's latest assessment, its trend, and its risk acceptance (active or expired; null when none).</summary>
public sealed record AssetRiskWithHistory(AssetRisk Latest, IReadOnlyList<RiskPoint> Trend, RiskAcceptance? Acceptance);

public sealed record RiskPoint(DateTimeOffset AssessedAt, double ResidualRiskScore, string RiskLevel);
