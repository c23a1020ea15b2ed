using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Storage;
using AiSec.Testing;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Time.Testing;
using static AiSec.Audit.Tests.AuditHarness;

namespace AiSec.Audit.Tests;

/// <summary>Buffered records gather for Audit:BatchLinger so a busy host makes few large appends; anyone waiting cuts it short.</summary>
public sealed class BatchLingerTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Linger = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Buffered_records_wait_for_the_linger_then_go_out_in_one_append()
    {
        var prefix = AzuriteFixture.NewPrefix();
        await azurite.CreateStorageAsync(prefix);
        var appends = new CountAppends();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        var log = CreateLog(StorageWithPolicy(azurite, prefix, appends), o => o.BatchLinger = Linger, time);

        for (var i = 1; i <= 40; i++)
        {
            await log.AppendAsync(Event(i), AuditDurability.Buffered, Ct);
        }

        // The clock has not moved, so nothing may be written however long real time passes.
        await Task.Delay(300, Ct);
        Assert.Equal(0, log.Health.Written);
        Assert.Equal(0, appends.Count);

        time.Advance(Linger);
        await WaitUntilAsync(() => log.Health.Written == 40);
        Assert.Equal(1, appends.Count);
        await log.StopAsync(Ct);
    }

    [Fact]
    public async Task A_durable_record_cuts_the_linger_short()
    {
        var storage = await azurite.CreateStorageAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        var log = CreateLog(storage, o => o.BatchLinger = TimeSpan.FromSeconds(10), time);
        for (var i = 1; i <= 5; i++)
        {
            await log.AppendAsync(Event(i), AuditDurability.Buffered, Ct);
        }

        await log.AppendAsync(Event(6), AuditDurability.Durable, Ct).WaitAsync(TimeSpan.FromSeconds(30), Ct);

        // The fake clock never reached the linger, yet the durable record is stored, and the buffered ones with it (the
        // health counter is updated just after waiters are released, so it is polled).
        Assert.Equal(6, (await new AuditStorageReader(storage).TailAsync(AuditStreams.Guardrail, 10, Ct)).Count);
        await WaitUntilAsync(() => log.Health.Written == 6);
        await log.StopAsync(Ct);
    }

    [Fact]
    public async Task Shutdown_writes_lingering_records_without_waiting_for_the_clock()
    {
        var storage = await azurite.CreateStorageAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        var log = CreateLog(storage, o => o.BatchLinger = TimeSpan.FromSeconds(10), time);
        for (var i = 1; i <= 3; i++)
        {
            await log.AppendAsync(Event(i), AuditDurability.Buffered, Ct);
        }

        await log.StopAsync(Ct).WaitAsync(TimeSpan.FromSeconds(30), Ct);

        var result = await VerifyStorageAsync(storage);
        Assert.True(result.Ok, result.Reason);
        Assert.Equal(3, result.Records);
    }

    private sealed class CountAppends : HttpPipelinePolicy
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => throw new NotSupportedException();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (IsAppend(message))
            {
                Interlocked.Increment(ref _count);
            }

            await ProcessNextAsync(message, pipeline);
        }
    }
}
