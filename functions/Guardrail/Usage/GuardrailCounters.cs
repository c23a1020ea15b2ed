using System.Collections.Concurrent;
using AiSec.Guardrail.Policy;
using AiSec.Shared.Storage;
using AiSec.Shared.Usage;
using Azure.Data.Tables;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiSec.Guardrail.Usage;

/// <summary>
/// Per-app traffic counters, the evidence Risk uses that the guardrail control is operational. Counted in memory
/// on the hot path and added to the <c>guardrailcounters</c> table periodically (row per app and UTC hour, one column
/// per count, and a screening-time histogram: the contract in <see cref="GuardrailCounterKeys"/>), with ETag-checked read-modify-write so instances
/// add up instead of overwriting each other.
/// </summary>
public sealed partial class GuardrailCounters(
    AiSecStorage storage,
    IOptions<GuardrailOptions> options,
    TimeProvider time,
    ILogger<GuardrailCounters> logger) : BackgroundService
{
    private ConcurrentDictionary<(string App, string Hour), ConcurrentDictionary<string, long>> _pending = new();

    public void Record(string app, string decision, IEnumerable<string> blockedCategories, double elapsedMs)
    {
        var hour = GuardrailCounterKeys.HourKey(time.GetUtcNow());
        var counts = _pending.GetOrAdd((GuardrailCounterKeys.AppKey(app), hour), _ => new ConcurrentDictionary<string, long>(StringComparer.Ordinal));
        counts.AddOrUpdate(GuardrailCounterKeys.Requests, 1, (_, n) => n + 1);
        counts.AddOrUpdate(GuardrailCounterKeys.LatencyColumn(elapsedMs), 1, (_, n) => n + 1);
        var column = decision switch
        {
            Decisions.Block => GuardrailCounterKeys.Blocks,
            Decisions.Flag => GuardrailCounterKeys.Flags,
            Decisions.Redact => GuardrailCounterKeys.Redactions,
            _ => null,
        };
        if (column is not null)
        {
            counts.AddOrUpdate(column, 1, (_, n) => n + 1);
        }

        if (decision == Decisions.Block)
        {
            foreach (var category in blockedCategories)
            {
                counts.AddOrUpdate(GuardrailCounterKeys.BlocksInCategoryPrefix + category, 1, (_, n) => n + 1);
            }
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var batch = Interlocked.Exchange(ref _pending, new());
        var table = storage.Table(StorageNames.Tables.GuardrailCounters);
        Exception? failure = null;
        foreach (var ((app, hour), counts) in batch)
        {
            if (failure is null)
            {
                try
                {
                    await AddAsync(table, app, hour, counts, cancellationToken);
                    continue;
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            }

            // Put unwritten counts back for the next flush: a storage hiccup must not lose evidence.
            var pending = _pending.GetOrAdd((app, hour), _ => new ConcurrentDictionary<string, long>(StringComparer.Ordinal));
            foreach (var (column, delta) in counts)
            {
                pending.AddOrUpdate(column, delta, (_, n) => n + delta);
            }
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    private static async Task AddAsync(TableClient table, string app, string hour, ConcurrentDictionary<string, long> counts, CancellationToken cancellationToken) =>
            await table.UpdateAsync<TableEntity>(app, hour, existing =>
            {
                var entity = existing ?? new TableEntity(app, hour);
                foreach (var (column, delta) in counts)
                {
                    entity[column] = (entity.GetInt64(column) ?? 0) + delta;
                }

                return entity;
            }, cancellationToken, maxAttempts: 50);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CounterFlushInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await TryFlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the final flush below.
        }

        using var final = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await TryFlushAsync(final.Token);
    }

    private async Task TryFlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFlushFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 4200, Level = LogLevel.Warning, Message = "Could not write guardrail counters; they are kept for the next flush")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}
