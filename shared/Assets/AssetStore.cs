using Azure.Data.Tables;
using AiSec.Shared.Storage;

namespace AiSec.Shared.Assets;

/// <summary>Reads and writes the <c>assets</c> table. Writes are batched per partition (source).</summary>
public sealed class AssetStore(AiSecStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.Tables.Assets);

    public Task UpsertAsync(IEnumerable<AiAsset> assets, CancellationToken cancellationToken) =>
        Table.UpsertBatchedAsync(assets.Select(AssetEntity.From), cancellationToken);

    public async Task<AiAsset?> GetAsync(string assetId, CancellationToken cancellationToken)
    {
        var rowKey = AssetEntity.RowKeyFor(assetId);
        var filter = TableClient.CreateQueryFilter<AssetEntity>(e => e.RowKey == rowKey);
        await foreach (var entity in Table.QueryAsync<AssetEntity>(filter, cancellationToken: cancellationToken))
        {
            return entity.ToAsset();
        }

        return null;
    }

    /// <summary>
    /// The asset people or URLs name: ARM ids start with a slash that a URL path or a shell argument easily loses,
    /// so an id without one is also tried with it.
    /// </summary>
    public async Task<AiAsset?> FindAsync(string assetId, CancellationToken cancellationToken) =>
        await GetAsync(assetId, cancellationToken)
        ?? (assetId.StartsWith('/') ? null : await GetAsync("/" + assetId, cancellationToken));

    public async Task<IReadOnlyList<AiAsset>> ListAsync(CancellationToken cancellationToken, string? source = null)
    {
        var query = source is null
            ? Table.QueryAsync<AssetEntity>(cancellationToken: cancellationToken)
            : Table.QueryAsync<AssetEntity>(TableClient.CreateQueryFilter<AssetEntity>(e => e.PartitionKey == source), cancellationToken: cancellationToken);
        var assets = new List<AiAsset>();
        await foreach (var entity in query)
        {
            assets.Add(entity.ToAsset());
        }

        return assets;
    }
}
