using System.Diagnostics;
using AiSec.Shared.Storage;
using Azure.Data.Tables;

namespace AiSec.Bench;

/// <summary>Entity-group batching against Azurite: the write path Discovery and Risk use.</summary>
public sealed class StorageBatchBenchmark : IBenchmark
{
    public string Name => "storage";

    public string Description => "10,000 table upserts in batches of 100 per partition";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var table = new TableClient(await context.StorageConnectionStringAsync(cancellationToken), "bench" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync(cancellationToken);
        var entities = Enumerable.Range(0, 10_000)
            .Select(i => new TableEntity($"p{i % 20}", $"r{i:D6}") { ["Value"] = i })
            .ToList();

        var watch = Stopwatch.StartNew();
        await table.UpsertBatchedAsync(entities, cancellationToken);
        watch.Stop();

        BenchContext.Report(Name, "entities", entities.Count, "");
        BenchContext.Report(Name, "transactions", TableBatchWriter.CountBatches(entities), "");
        BenchContext.Report(Name, "elapsed", watch.Elapsed.TotalSeconds, "s");
        BenchContext.Report(Name, "throughput", entities.Count / watch.Elapsed.TotalSeconds, "entities/s");
    }
}
