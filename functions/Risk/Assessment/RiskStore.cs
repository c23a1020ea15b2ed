using AiSec.Shared.Assets;
using AiSec.Shared.Storage;
using Azure.Data.Tables;

namespace AiSec.Risk.Assessment;

/// <summary>Latest scores and per-asset history in Table Storage, written in batches.</summary>
public sealed class RiskStore(AiSecStorage storage)
{
    private const string Latest = "latest";

    private TableClient Scores => storage.Table(StorageNames.Tables.RiskScores);

    private TableClient History => storage.Table(StorageNames.Tables.RiskHistory);

    public async Task SaveAsync(IReadOnlyList<AssetRisk> assessments, CancellationToken cancellationToken)
    {
        await Scores.UpsertBatchedAsync(assessments.Select(a => RiskRecord.Create(Latest, AssetEntity.RowKeyFor(a.AssetId), a.AssetId, a.Result, a.AssessedAt)), cancellationToken);
        await History.UpsertBatchedAsync(assessments.Select(a => RiskRecord.Create(
            AssetEntity.RowKeyFor(a.AssetId), InvertedTicks(a.AssessedAt), a.AssetId, a.Result, a.AssessedAt)), cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, AssetRisk>> LatestAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter<RiskRecord>(r => r.PartitionKey == Latest);
        var result = new Dictionary<string, AssetRisk>(StringComparer.Ordinal);
        await foreach (var record in Scores.QueryAsync<RiskRecord>(filter, cancellationToken: cancellationToken))
        {
            result[record.AssetId] = new AssetRisk(record.AssetId, record.AssessedAt, record.ToResult());
        }

        return result;
    }

    public async Task<AssetRisk?> LatestAsync(string assetId, CancellationToken cancellationToken)
    {
        var record = await Scores.GetEntityIfExistsAsync<RiskRecord>(Latest, AssetEntity.RowKeyFor(assetId), cancellationToken: cancellationToken);
        return record.HasValue ? new AssetRisk(record.Value!.AssetId, record.Value.AssessedAt, record.Value.ToResult()) : null;
    }

    public async Task<IReadOnlyList<AssetRisk>> HistoryAsync(string assetId, int max, CancellationToken cancellationToken)
    {
        var partition = AssetEntity.RowKeyFor(assetId);
        var filter = TableClient.CreateQueryFilter<RiskRecord>(r => r.PartitionKey == partition);
        var result = new List<AssetRisk>();
        await foreach (var record in History.QueryAsync<RiskRecord>(filter, maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken))
        {
            result.Add(new AssetRisk(record.AssetId, record.AssessedAt, record.ToResult()));
            if (result.Count >= max)
            {
                break;
            }
        }

        return result;
    }

    private static string InvertedTicks(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
}
