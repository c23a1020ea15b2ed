using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using AiSec.Shared.Assets;
using AiSec.Shared.Storage;

namespace AiSec.Discovery.Registry;

/// <summary>
/// The <c>assetoverrides</c> table: one row per asset people annotated, kept apart so no scan overwrites it.
/// Internal: people annotate through <see cref="Admin.DiscoveryAdmin"/>, which validates and audits.
/// </summary>
internal sealed class AssetOverrideStore(AiSecStorage storage)
{
    private const string Partition = "override";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TableClient Table => storage.Table(StorageNames.Tables.AssetOverrides);

    public async Task<IReadOnlyDictionary<string, AssetOverride>> ListAsync(CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, AssetOverride>(StringComparer.Ordinal);
        await foreach (var row in Table.QueryAsync<OverrideEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            if (Read(row) is { } entry)
            {
                all[entry.AssetId] = entry;
            }
        }

        return all;
    }

    public async Task<AssetOverride?> GetAsync(string assetId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<OverrideEntity>(Partition, AssetEntity.RowKeyFor(assetId), cancellationToken: cancellationToken);
        return row.HasValue ? Read(row.Value!) : null;
    }

    /// <summary>Lays <paramref name="change"/> over what is stored (ETag-checked, so concurrent annotations both land).</summary>
    public async Task<AssetOverride> MergeAsync(AssetOverride change, CancellationToken cancellationToken)
    {
        var row = await Table.UpdateAsync<OverrideEntity>(Partition, AssetEntity.RowKeyFor(change.AssetId), current =>
        {
            var merged = (current is null ? null : Read(current))?.Merge(change) ?? change;
            return new OverrideEntity { AssetId = change.AssetId, Document = JsonSerializer.Serialize(merged, Json) };
        }, cancellationToken);
        return Read(row)!;
    }

    private static AssetOverride? Read(OverrideEntity row) => JsonSerializer.Deserialize<AssetOverride>(row.Document, Json);

    public sealed class OverrideEntity : ITableEntity
    {
        public string PartitionKey { get; set; } = "";

        public string RowKey { get; set; } = "";

        public DateTimeOffset? Timestamp { get; set; }

        public ETag ETag { get; set; }

        public string AssetId { get; set; } = "";

        public string Document { get; set; } = "{}";
    }
}
