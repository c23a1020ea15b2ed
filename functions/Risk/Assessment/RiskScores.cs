using AiSec.Shared.Storage;

namespace AiSec.Risk.Assessment;

/// <summary>The stored assessments, for reading: latest scores and an asset's history (<see cref="RiskAssessor"/> writes them).</summary>
public sealed class RiskScores(AiSecStorage storage)
{
    // The store is the capability's own table layout, internal so that only the assessor writes scores.
    private readonly RiskStore _store = new(storage);

    /// <summary>Every asset's latest assessment, highest residual risk first.</summary>
    public async Task<IReadOnlyList<AssetRisk>> RankedAsync(CancellationToken cancellationToken) =>
        [.. (await _store.LatestAsync(cancellationToken)).Values.OrderByDescending(r => r.Result.ResidualRiskScore)];

    /// <summary>The latest assessment, or null; an ARM id may come without its leading slash (a URL path eats it).</summary>
    public async Task<AssetRisk?> LatestAsync(string assetId, CancellationToken cancellationToken) =>
        await _store.LatestAsync(assetId, cancellationToken)
        ?? (assetId.StartsWith('/') ? null : await _store.LatestAsync("/" + assetId, cancellationToken));

    /// <summary>Newest first.</summary>
    public Task<IReadOnlyList<AssetRisk>> HistoryAsync(string assetId, int max, CancellationToken cancellationToken) =>
        _store.HistoryAsync(assetId, max, cancellationToken);
}
