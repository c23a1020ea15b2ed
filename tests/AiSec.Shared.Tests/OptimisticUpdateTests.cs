using AiSec.Shared.Storage;
using AiSec.Testing;
using Azure;
using Azure.Data.Tables;

namespace AiSec.Shared.Tests;

public sealed class OptimisticUpdateTests(AzuriteFixture azurite)
{
    private sealed class Counter : ITableEntity
    {
        public string PartitionKey { get; set; } = "";

        public string RowKey { get; set; } = "";

        public DateTimeOffset? Timestamp { get; set; }

        public ETag ETag { get; set; }

        public int Value { get; set; }
    }

    [Fact]
    public async Task Concurrent_increments_are_never_lost()
    {
        var storage = await azurite.CreateStorageAsync();
        var table = storage.Table(StorageNames.Tables.GuardrailCounters);

        // 8 writers × 10 increments racing on one row: every lost update would show as a smaller total.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            for (var i = 0; i < 10; i++)
            {
                await table.UpdateAsync<Counter>(
                    "app", "total", c => new Counter { Value = (c?.Value ?? 0) + 1, ETag = c?.ETag ?? default },
                    TestContext.Current.CancellationToken, maxAttempts: 200);
            }
        }));

        var stored = await table.GetEntityAsync<Counter>("app", "total", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(80, stored.Value.Value);
    }
}
