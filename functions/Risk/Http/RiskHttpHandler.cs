using AiSec.Risk.Assessment;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiSec.Risk.Http;

/// <summary>GET /api/risk (latest scores, highest residual first) and GET /api/risk/{assetId}.</summary>
public sealed class RiskHttpHandler(RiskScores scores)
{
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
        return TypedResults.Ok(new AssetRiskWithHistory(latest, history.Select(h => new RiskPoint(h.AssessedAt, h.Result.ResidualRiskScore, h.Result.RiskLevel)).ToList()));
    }
}

public sealed record AssetRiskWithHistory(AssetRisk Latest, IReadOnlyList<RiskPoint> Trend);

public sealed record RiskPoint(DateTimeOffset AssessedAt, double ResidualRiskScore, string RiskLevel);
