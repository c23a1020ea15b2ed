using System.Text.Json;
using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Storage;
using AiSec.Shared.Storage;
using AiSec.Testing;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Time.Testing;
using static AiSec.Audit.Tests.AuditHarness;

namespace AiSec.Audit.Tests;

public sealed class AuditLogTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Appends_a_gap_free_chain_per_stream_that_verifies()
    {
        var storage = await azurite.CreateStorageAsync();
        var log = CreateLog(storage, o => o.CheckpointEvery = 50);
        for (var i = 1; i <= 120; i++)
        {
            await log.AppendAsync(Event(i, i % 2 == 0 ? AuditStreams.Guardrail : AuditStreams.Risk), AuditDurability.Buffered, Ct);
        }

        await log.AppendAsync(Event(999, AuditStreams.Admin), AuditDurability.Durable, Ct);
        await log.StopAsync(Ct);

        var result = await VerifyStorageAsync(storage);
        Assert.True(result.Ok, result.Reason);
        Assert.Equal(121, result.Records);
        var streams = result.Streams.ToDictionary(s => s.Stream);
        Assert.Equal(60, streams[AuditStreams.Guardrail].LastSeq);
        Assert.Equal(60, streams[AuditStreams.Risk].LastSeq);
        Assert.Equal(1, streams[AuditStreams.Admin].LastSeq);
        // Shutdown signs a final checkpoint of every stream's head.
        Assert.All(result.Streams, s => Assert.Equal(s.LastSeq, s.LastCheckpointSeq));
    }

    [Fact]
    public async Task Durable_append_returns_only_after_the_record_is_in_storage()
    {
        var storage = await azurite.CreateStorageAsync();
        var log = CreateLog(storage);

        await log.AppendAsync(Event(1, subject: "approval-42"), AuditDurability.Durable, Ct);

        var tail = await new AuditStorageReader(storage).TailAsync(AuditStreams.Guardrail, 5, Ct);
        var record = Assert.Single(tail);
        Assert.Equal("approval-42", record.Subject);
        Assert.Equal(1, record.Seq);
        Assert.Equal("jailbreak", record.Details.GetProperty("rule").GetString());
        await log.StopAsync(Ct);
    }

    [Fact]
    public async Task A_restarted_writer_continues_the_chain_from_storage()
    {
        var storage = await azurite.CreateStorageAsync();
        var first = CreateLog(storage);
        for (var i = 1; i <= 10; i++)
        {
            await first.AppendAsync(Event(i), AuditDurability.Buffered, Ct);
        }

        await first.StopAsync(Ct);
        var second = CreateLog(storage);
        await second.AppendAsync(Event(11), AuditDurability.Durable, Ct);
        await second.StopAsync(Ct);

        var result = await VerifyStorageAsync(storage);
        Assert.True(result.Ok, result.Reason);
        Assert.Equal(11, Assert.Single(result.Streams).LastSeq);
    }

    [Fact]
    public async Task Rotates_to_a_new_part_before_the_block_limit_and_the_chain_continues_across_parts()
    {
        var storage = await azurite.CreateStorageAsync();
        var log = CreateLog(storage, o => o.MaxBlocksPerBlob = 3);
        for (var batch = 0; batch < 7; batch++)
        {
            for (var i = 1; i <= 5; i++)
            {
                await log.AppendAsync(Event((batch * 5) + i), AuditDurability.Buffered, Ct);
            }

            await log.FlushAsync(Ct);
        }

        await log.StopAsync(Ct);

        var blobs = await RecordBlobsAsync(storage);
        Assert.True(blobs.Count >= 3, $"expected several parts, got {string.Join(", ", blobs)}");
        Assert.All(blobs, b => Assert.True(AuditBlobName.TryParse(b, out _), b));
        foreach (var blob in blobs)
        {
            var properties = await Records(storage).GetAppendBlobClient(blob).GetPropertiesAsync(cancellationToken: Ct);
            Assert.True(properties.Value.BlobCommittedBlockCount <= 3, $"{blob} has {properties.Value.BlobCommittedBlockCount} blocks");
        }

        // Every full part ends with the marker that sends writers to the next part.
        var firstPart = await ReadLinesAsync(storage, blobs[0]);
        Assert.StartsWith("{\"rotatedTo\":\"" + blobs[1], firstPart[^1], StringComparison.Ordinal);
        var result = await VerifyStorageAsync(storage);
        Assert.True(result.Ok, result.Reason);
        Assert.Equal(35, result.Records);
        var tail = await new AuditStorageReader(storage).TailAsync(AuditStreams.Guardrail, 12, Ct);
        Assert.Equal(Enumerable.Range(24, 12).Select(i => (long)i), tail.Select(r => r.Seq));
    }

    [Fact]
    public async Task An_export_since_a_time_verifies_as_partial_and_not_as_complete()
    {
        var storage = await azurite.CreateStorageAsync();
        var start = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(start);
        var log = CreateLog(storage, o => o.CheckpointEvery = 5, time);
        for (var i = 1; i <= 10; i++)
        {
            if (i == 6)
            {
                time.Advance(TimeSpan.FromHours(1));
            }

            await log.AppendAsync(Event(i), AuditDurability.Durable, Ct);
        }

        await log.StopAsync(Ct);
        var file = Path.Combine(Path.GetTempPath(), $"aisec-audit-since-{Guid.NewGuid():N}.jsonl");
        var summary = await new AiSec.Shared.Audit.Verification.AuditExporter(new AuditStorageReader(storage))
            .ExportAsync(file, AuditStreams.Guardrail, start.AddMinutes(30), Ct);

        Assert.Equal(5, summary.Records);
        Assert.Equal(1, summary.Checkpoints);
        var key = await PublicKeyAsync();
        var partial = await AiSec.Shared.Audit.Verification.AuditFileVerifier.VerifyAsync(file, key, allowPartial: true, Ct);
        Assert.True(partial.Ok, partial.Reason);
        Assert.Equal(6, Assert.Single(partial.Streams).FirstSeq);
        var whole = await AiSec.Shared.Audit.Verification.AuditFileVerifier.VerifyAsync(file, key, allowPartial: false, Ct);
        Assert.False(whole.Ok);
        Assert.Equal(1, whole.FirstBadSeq);
    }

    [Fact]
    public async Task Starts_a_new_blob_at_the_day_boundary_from_the_record_time()
    {
        var storage = await azurite.CreateStorageAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 23, 59, 0, TimeSpan.Zero));
        var log = CreateLog(storage, time: time);
        await log.AppendAsync(Event(1), AuditDurability.Durable, Ct);
        await log.AppendAsync(Event(2), AuditDurability.Durable, Ct);
        time.Advance(TimeSpan.FromMinutes(2));
        await log.AppendAsync(Event(3), AuditDurability.Durable, Ct);
        await log.StopAsync(Ct);

        var blobs = await RecordBlobsAsync(storage);
        Assert.Equal(["guardrail/2026/11/22/00000.jsonl", "guardrail/2026/11/23/00000.jsonl"], blobs);
        Assert.Single(await ReadLinesAsync(storage, blobs[1]));
        var result = await VerifyStorageAsync(storage);
        Assert.True(result.Ok, result.Reason);
        Assert.Equal(3, result.Records);
    }

    [Fact]
    public async Task Rejects_invalid_streams_and_oversized_records_at_the_call()
    {
        var storage = await azurite.CreateStorageAsync();
        var log = CreateLog(storage, o => o.MaxRecordBytes = 1024);

        await Assert.ThrowsAsync<ArgumentException>(() => log.AppendAsync(Event(1, stream: "Bad/Stream"), AuditDurability.Buffered, Ct));
        var big = new AuditEvent(AuditStreams.Risk, "a", "b", "c", "d", new System.Text.Json.Nodes.JsonObject { ["blob"] = new string('x', 5000) });
        var error = await Assert.ThrowsAsync<ArgumentException>(() => log.AppendAsync(big, AuditDurability.Durable, Ct));
        Assert.Contains("Audit:MaxRecordBytes", error.Message, StringComparison.Ordinal);
        await log.StopAsync(Ct);
    }

    [Fact]
    public async Task Writes_a_signed_checkpoint_every_n_records()
    {
        var storage = await azurite.CreateStorageAsync();
        var log = CreateLog(storage, o => o.CheckpointEvery = 10);
        for (var i = 1; i <= 25; i++)
        {
            await log.AppendAsync(Event(i), AuditDurability.Buffered, Ct);
        }

        await log.StopAsync(Ct);

        var names = new List<string>();
        await foreach (var blob in storage.Container(StorageNames.Containers.AuditCheckpoints).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, null, Ct))
        {
            names.Add(blob.Name);
        }

        Assert.Equal(["guardrail/000000000010.json", "guardrail/000000000020.json", "guardrail/000000000025.json"], names);
        var content = (await storage.Container(StorageNames.Containers.AuditCheckpoints).GetBlobClient(names[1]).DownloadContentAsync(Ct)).Value.Content;
        using var checkpoint = JsonDocument.Parse(content.ToString());
        Assert.Equal(10, checkpoint.RootElement.GetProperty("fromSeq").GetInt64());
        Assert.Equal((await PublicKeyAsync()).KeyId, checkpoint.RootElement.GetProperty("keyId").GetString());
    }

    [Fact]
    public async Task Writes_a_checkpoint_when_the_interval_passes_with_fewer_than_n_records()
    {
        var storage = await azurite.CreateStorageAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var log = CreateLog(storage, o => o.CheckpointInterval = TimeSpan.FromSeconds(30), time);
        for (var i = 1; i <= 3; i++)
        {
            await log.AppendAsync(Event(i), AuditDurability.Durable, Ct);
        }

        time.Advance(TimeSpan.FromSeconds(31));

        var checkpoint = storage.Container(StorageNames.Containers.AuditCheckpoints).GetBlobClient("guardrail/000000000003.json");
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct))
        {
            limit.CancelAfter(TimeSpan.FromMinutes(1));
            while (!(await checkpoint.ExistsAsync(limit.Token)).Value)
            {
                await Task.Delay(50, limit.Token);
            }
        }

        var result = await VerifyStorageAsync(storage);
        Assert.True(result.Ok, result.Reason);
        Assert.Equal(3, Assert.Single(result.Streams).LastCheckpointSeq);
        await log.StopAsync(Ct);
    }
}
