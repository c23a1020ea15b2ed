using Azure.Data.Tables;

namespace AiSec.Shared.Storage;

/// <summary>
/// Writes many entities with entity-group transactions: one transaction holds at most 100 entities of a single
/// partition, so entities are grouped by partition and chunked.
/// </summary>
public static class TableBatchWriter
{
    public const int MaxBatchSize = 100;

    public static Task UpsertBatchedAsync<T>(
        this TableClient table, IEnumerable<T> entities, CancellationToken cancellationToken,
        TableUpdateMode mode = TableUpdateMode.Replace)
        where T : ITableEntity =>
        SubmitBatchedAsync(table, entities, e => new TableTransactionAction(
            mode == TableUpdateMode.Replace ? TableTransactionActionType.UpsertReplace : TableTransactionActionType.UpsertMerge, e), cancellationToken);

    public static Task DeleteBatchedAsync<T>(this TableClient table, IEnumerable<T> entities, CancellationToken cancellationToken)
        where T : ITableEntity =>
        SubmitBatchedAsync(table, entities, e => new TableTransactionAction(TableTransactionActionType.Delete, e, e.ETag), cancellationToken);

    /// <summary>Number of transactions <paramref name="entities"/> needs; lets callers and benchmarks report batching.</summary>
    public static int CountBatches<T>(IEnumerable<T> entities) where T : ITableEntity =>
        entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal).Sum(g => (g.Count() + MaxBatchSize - 1) / MaxBatchSize);

    /// <summary>Transactions in flight at once: they touch disjoint rows, so their order does not matter.</summary>
    public const int MaxParallelTransactions = 8;

    private static async Task SubmitBatchedAsync<T>(
        TableClient table, IEnumerable<T> entities, Func<T, TableTransactionAction> toAction, CancellationToken cancellationToken)
        where T : ITableEntity
    {
        // A transaction may not touch the same row twice: the last write of a row wins, as it would unbatched.
        var chunks = entities
            .GroupBy(e => e.PartitionKey, StringComparer.Ordinal)
            .SelectMany(partition => partition.GroupBy(e => e.RowKey, StringComparer.Ordinal).Select(g => g.Last()).Chunk(MaxBatchSize))
            .ToList();
        await Parallel.ForEachAsync(
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelTransactions, CancellationToken = cancellationToken },
            async (chunk, ct) => await table.SubmitTransactionAsync(chunk.Select(toAction), ct));
    }
}
