using AiSec.Shared.Storage;
using AiSec.Testing;
using Azure.Data.Tables;

namespace AiSec.Shared.Tests;

public sealed class TableBatchWriterTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Writes_entities_of_many_partitions_in_chunks_of_at_most_one_hundred()
    {
        var storage = await azurite.CreateStorageAsync();
        var table = storage.Table(StorageNames.Tables.Assets);
        var entities = Enumerable.Range(0, 450).Select(i => new TableEntity($"p{i % 3}", $"r{i:D4}") { ["N"] = i }).ToList();

        await table.UpsertBatchedAsync(entities, TestContext.Current.CancellationToken);

        var stored = await table.QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(450, stored.Count);
        Assert.Equal(6, TableBatchWriter.CountBatches(entities)); // 150 per partition → 100 + 50, three times
    }

    [Fact]
    public async Task Keeps_the_last_write_when_a_row_repeats_within_one_call()
    {
        var storage = await azurite.CreateStorageAsync();
        var table = storage.Table(StorageNames.Tables.Assets);

        await table.UpsertBatchedAsync(
            [new TableEntity("p", "same") { ["V"] = "first" }, new TableEntity("p", "same") { ["V"] = "second" }],
            TestContext.Current.CancellationToken);

        var entity = await table.GetEntityAsync<TableEntity>("p", "same", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("second", entity.Value.GetString("V"));
    }
}
