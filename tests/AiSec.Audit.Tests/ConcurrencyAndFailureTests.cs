using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Records;
using AiSec.Shared.Audit.Storage;
using AiSec.Testing;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Time.Testing;
using static AiSec.Audit.Tests.AuditHarness;

namespace AiSec.Audit.Tests;

public sealed class ConcurrencyAndFailureTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Four_writers_on_one_stream_make_one_chain_with_nothing_lost_or_doubled()
    {
        const int Writers = 4;
        const int PerWriter = 10_000;
        var prefix = AzuriteFixture.NewPrefix();
        var storage = await azurite.CreateStorageAsync(prefix);
        // Separate clients per writer, as separate instances would have.
        var logs = new List<Shared.Audit.Writing.BlobAuditLog>();
        for (var w = 0; w < Writers; w++)
        {
            logs.Add(CreateLog(await azurite.CreateStorageAsync(prefix), o => o.CheckpointEvery = 2_000));
        }

        await Task.WhenAll(logs.Select((log, w) => Task.Run(async () =>
        {
            for (var i = 0; i < PerWriter; i++)
            {
                await log.AppendAsync(Event(i, subject: $"w{w}-{i}"), AuditDurability.Buffered, Ct);
            }

            await log.FlushAsync(Ct);
        }, Ct)));
        foreach (var log in logs)
        {
            await log.StopAsync(Ct);
        }

        var result = await VerifyStorageAsync(storage);
        Assert.True(result.Ok, result.Reason);
        Assert.Equal(Writers * PerWriter, result.Records);
        var subjects = new List<string>();
        await new AuditStorageReader(storage).ForEachRecordLineAsync(AuditStreams.Guardrail, line =>
        {
            Assert.True(AuditLine.TryParseRecord(line, out _, out _));
            subjects.Add(AuditRecordView.TryParse(line)!.Subject);
        }, Ct);
        Assert.Equal(Writers * PerWriter, subjects.Distinct().Count());
        Assert.Equal(
            Enumerable.Range(0, Writers).SelectMany(w => Enumerable.Range(0, PerWriter).Select(i => $"w{w}-{i}")).Order(StringComparer.Ordinal),
            subjects.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Concurrent_writers_rotating_parts_never_fork_the_chain()
    {
        var prefix = AzuriteFixture.NewPrefix();
        var storage = await azurite.CreateStorageAsync(prefix);
        var logs = new List<Shared.Audit.Writing.BlobAuditLog>();
        for (var w = 0; w < 3; w++)
        {
            logs.Add(CreateLog(await azurite.CreateStorageAsync(prefix), o =>
            {
                o.MaxBlocksPerBlob = 4;
                o.MaxBlockBytes = 4096;
                o.MaxRecordBytes = 2048;
            }));
        }

        await Task.WhenAll(logs.Select((log, w) => Task.Run(async () =>
        {
            for (var i = 0; i < 400; i++)
            {
                await log.AppendAsync(Event(i, subject: $"w{w}-{i}"), AuditDurability.Buffered, Ct);
            }

            await log.FlushAsync(Ct);
        }, Ct)));
        foreach (var log in logs)
        {
            await log.StopAsync(Ct);
        }

        var blobs = await RecordBlobsAsync(storage);
        Assert.True(blobs.Count > 10, $"only {blobs.Count} parts");
        var result = await VerifyStorageAsync(storage);
        Assert.True(result.Ok, result.Reason);
        Assert.Equal(1200, result.Records);
    }

    [Fact]
    public async Task A_crash_mid_batch_leaves_a_valid_chain_and_reports_the_unwritten_records()
    {
        var prefix = AzuriteFixture.NewPrefix();
        var storage = await azurite.CreateStorageAsync(prefix);
        // Small blocks so one batch needs many appends; the connection dies after the third.
        var dying = new FailAppendsAfter(3);
        var log = CreateLog(StorageWithPolicy(azurite, prefix, dying), o =>
        {
            o.MaxBlockBytes = 2048;
            o.MaxRecordBytes = 1024;
            o.DurableTimeout = TimeSpan.FromMinutes(5);
        });

        var appends = Enumerable.Range(1, 60).Select(i => log.AppendAsync(Event(i), AuditDurability.Durable, Ct)).ToList();
        await WaitUntilAsync(() => log.Health.ConsecutiveFailures > 0);
        await log.StopAsync(new CancellationToken(canceled: true));
        try
        {
            await Task.WhenAll(appends);
        }
        catch (AuditLogUnavailableException)
        {
            // Expected for the records the crash cut off; each task is checked below.
        }

        var written = appends.Count(t => t.IsCompletedSuccessfully);
        var failed = appends.Where(t => t.IsFaulted).ToList();
        Assert.True(written > 0 && failed.Count > 0, $"written {written}, failed {failed.Count}");
        Assert.Equal(60, written + failed.Count);
        Assert.All(failed, t => Assert.IsType<AuditLogUnavailableException>(t.Exception!.InnerException));
        Assert.Equal(failed.Count, log.Health.Unwritten);

        var result = await VerifyStorageAsync(storage);
        Assert.True(result.Ok, result.Reason);
        Assert.Equal(written, result.Records);

        // A new instance picks up the chain where the crash left it.
        var next = CreateLog(storage);
        await next.AppendAsync(Event(61), AuditDurability.Durable, Ct);
        await next.StopAsync(Ct);
        var after = await VerifyStorageAsync(storage);
        Assert.True(after.Ok, after.Reason);
        Assert.Equal(written + 1, after.Records);
    }

    [Fact]
    public async Task An_append_whose_response_was_lost_is_not_written_twice()
    {
        var prefix = AzuriteFixture.NewPrefix();
        var storage = await azurite.CreateStorageAsync(prefix);
        var log = CreateLog(StorageWithPolicy(azurite, prefix, new LoseResponseOfAppend(2)));

        for (var i = 1; i <= 3; i++)
        {
            await log.AppendAsync(Event(i), AuditDurability.Durable, Ct);
        }

        await log.StopAsync(Ct);
        var result = await VerifyStorageAsync(storage);
        Assert.True(result.Ok, result.Reason);
        Assert.Equal(3, result.Records);
    }

    [Fact]
    public async Task Storage_outage_buffers_reports_degraded_and_errors_when_the_buffer_is_full()
    {
        const int Capacity = 5;
        var prefix = AzuriteFixture.NewPrefix();
        // Every request fails, and the clock never moves, so the writer's retry back-off never ends: it holds one batch
        // and nothing else drains, however fast or slow the machine is.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        var log = CreateLog(StorageWithPolicy(azurite, prefix, new Unreachable()), o =>
        {
            o.BufferCapacity = Capacity;
            o.MaxBatchRecords = Capacity;
            o.BufferFullTimeout = TimeSpan.Zero;
        }, time, start: false);

        // The writer starts on a full buffer, takes it as one batch (a full batch does not linger) and fails to write it.
        for (var i = 0; i < Capacity; i++)
        {
            await log.AppendAsync(Event(i), AuditDurability.Buffered, Ct);
        }

        await log.StartAsync(Ct);
        await WaitUntilAsync(() => log.Health.ConsecutiveFailures > 0);

        // The buffer takes as many again while the outage lasts, then refuses.
        for (var i = Capacity; i < 2 * Capacity; i++)
        {
            await log.AppendAsync(Event(i), AuditDurability.Buffered, Ct);
        }

        var full = await Assert.ThrowsAsync<AuditLogUnavailableException>(() => log.AppendAsync(Event(2 * Capacity), AuditDurability.Buffered, Ct));
        Assert.Contains("buffer", full.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<AuditLogUnavailableException>(() => log.AppendAsync(Event(99), AuditDurability.Durable, Ct));
        var health = log.Health;
        Assert.Equal("degraded", health.Status);
        Assert.Equal(2 * Capacity, health.Buffered);
        Assert.Contains("storage unreachable", health.LastError, StringComparison.Ordinal);

        await log.StopAsync(new CancellationToken(canceled: true));
        Assert.Equal(2 * Capacity, log.Health.Unwritten);
    }

    /// <summary>The network to storage dies after <paramref name="allowed"/> appends (the process's view of a crash).</summary>
    private sealed class FailAppendsAfter(int allowed) : HttpPipelinePolicy
    {
        private int _appends;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => throw new NotSupportedException();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (IsAppend(message) && Interlocked.Increment(ref _appends) > allowed)
            {
                throw new IOException("simulated crash: connection to storage lost");
            }

            await ProcessNextAsync(message, pipeline);
        }
    }

    /// <summary>Storage cannot be reached at all: every request fails as a refused connection would.</summary>
    private sealed class Unreachable : HttpPipelinePolicy
    {
        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => throw new NotSupportedException();

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new IOException("simulated outage: storage unreachable");
    }

    /// <summary>The <paramref name="which"/>th append reaches storage but its response is lost.</summary>
    private sealed class LoseResponseOfAppend(int which) : HttpPipelinePolicy
    {
        private int _appends;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => throw new NotSupportedException();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (IsAppend(message) && Interlocked.Increment(ref _appends) == which)
            {
                throw new IOException("simulated timeout: the append succeeded but its response never arrived");
            }
        }
    }
}
