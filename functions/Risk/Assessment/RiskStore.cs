using AiSec.Shared.Assets;
using AiSec.Shared.Storage;
using Azure.Data.Tables;

namespace AiSec.Risk.Assessment;

/// <summary>
/// Latest scores (riskscores: PartitionKey "latest", RowKey = asset row key) and history (riskhistory: PartitionKey =
/// first two hex digits of the asset row key, RowKey = asset row key + "_" + inverted ticks, newest first), in batches.
/// Internal: <see cref="RiskAssessor"/> writes, <see cref="RiskScores"/> reads.
/// </summary>
internal sealed class RiskStore(AiSecStorage storage)
{
    private const string Latest = "latest";

    private TableClient Scores => storage.Table(StorageNames.Tables.RiskScores);

    private TableClient History => storage.Table(StorageNames.Tables.RiskHistory);

    public async Task SaveAsync(IReadOnlyList<AssetRisk> assessments, CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            Scores.UpsertBatchedAsync(assessments.Select(a => RiskRecord.Create(Latest, AssetEntity.RowKeyFor(a.AssetId), a.AssetId, a.Result, a.AssessedAt)), cancellationToken),
            History.UpsertBatchedAsync(assessments.Select(a => RiskRecord.Create(
                HistoryPartition(a.AssetId), $"{AssetEntity.RowKeyFor(a.AssetId)}_{InvertedTicks(a.AssessedAt)}", a.AssetId, a.Result, a.AssessedAt)), cancellationToken));
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
        var partition = HistoryPartition(assetId);
        var from = AssetEntity.RowKeyFor(assetId) + "_";
        var to = AssetEntity.RowKeyFor(assetId) + "`"; // '`' sorts right after '_': the range holds exactly this asset's rows
        var filter = TableClient.CreateQueryFilter<RiskRecord>(r => r.PartitionKey == partition && r.RowKey.CompareTo(from) > 0 && r.RowKey.CompareTo(to) < 0);
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

    /// <summary>
    /// History rows are spread over 256 partitions by the first byte of the asset's key, so one assessment run writes
    /// them in batches, while one asset's history is still a single-partition range read.
    /// </summary>
    private static string HistoryPartition(string assetId) => AssetEntity.RowKeyFor(assetId)[..2];

    private static string InvertedTicks(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
}
