using System.Collections.Concurrent;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using AiSec.Shared.Assets;
using AiSec.Shared.Storage;

namespace AiSec.Discovery.HuggingFace;

/// <summary>
/// What earlier scans learned about each weight file (hash, format checks, pickle verdict), keyed by full path and
/// valid while the file's size and modification time stay the same: rescanning gigabytes of unchanged weights
/// costs a stat per file instead of a full read. Loaded once per scan, saved in batches at its end.
/// </summary>
public sealed class WeightScanCache
{
    private const string Partition = "hf-weights";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TableClient _table;
    private readonly Dictionary<string, CachedWeight> _known;
    private readonly ConcurrentDictionary<string, CachedWeight> _learned = new(StringComparer.Ordinal);

    private WeightScanCache(TableClient table, Dictionary<string, CachedWeight> known)
    {
        _table = table;
        _known = known;
    }

    public int Hits { get; private set; }

    public int Misses => _learned.Count;

    public static async Task<WeightScanCache> LoadAsync(AiSecStorage storage, CancellationToken cancellationToken)
    {
        var table = storage.Table(StorageNames.Tables.ScanCache);
        var known = new Dictionary<string, CachedWeight>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<CachedWeight>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            known[row.RowKey] = row;
        }

        return new WeightScanCache(table, known);
    }

    public WeightFile? TryGet(FileInfo file)
    {
        if (_known.TryGetValue(KeyOf(file.FullName), out var row) && row.SizeBytes == file.Length && row.LastWriteTicks == file.LastWriteTimeUtc.Ticks)
        {
            Hits++;
            return JsonSerializer.Deserialize<WeightFile>(row.Document, Json);
        }

        return null;
    }

    /// <summary>Remembers a successfully read file; a file that could not be read is tried again next time.</summary>
    public void Remember(FileInfo file, WeightFile weight)
    {
        if (weight.Sha256 is null)
        {
            return;
        }

        var key = KeyOf(file.FullName);
        _learned[key] = new CachedWeight
        {
            PartitionKey = Partition,
            RowKey = key,
            Path = file.FullName,
            SizeBytes = file.Length,
            LastWriteTicks = file.LastWriteTimeUtc.Ticks,
            Document = JsonSerializer.Serialize(weight, Json),
        };
    }

    public Task SaveAsync(CancellationToken cancellationToken) => _table.UpsertBatchedAsync(_learned.Values, cancellationToken);

    private static string KeyOf(string fullPath) => AssetEntity.RowKeyFor(fullPath);

    public sealed class CachedWeight : ITableEntity
    {
        public string PartitionKey { get; set; } = "";

        public string RowKey { get; set; } = "";

        public DateTimeOffset? Timestamp { get; set; }

        public ETag ETag { get; set; }

        public string Path { get; set; } = "";

        public long SizeBytes { get; set; }

        public long LastWriteTicks { get; set; }

        public string Document { get; set; } = "{}";
    }
}
