using System.Diagnostics.Metrics;
using System.Threading.Channels;
using AiSec.Shared.Audit.Checkpoints;
using AiSec.Shared.Audit.Records;
using AiSec.Shared.Audit.Storage;
using AiSec.Shared.Storage;
using AiSec.Shared.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace AiSec.Shared.Audit.Writing;

/// <summary>
/// The audit log on blob storage. Callers put records in a bounded buffer; one background loop drains it in
/// batches (letting buffered records gather for <c>BatchLinger</c> first), appends each stream's records as a few
/// large append blocks (<see cref="AuditStreamWriter"/>), signs checkpoints every <c>CheckpointEvery</c> records or
/// <c>CheckpointInterval</c>, and flushes on shutdown.
/// While storage fails the loop retries (Polly, exponential back-off) and the buffer absorbs new records; health
/// reports degraded; when the buffer is full, callers get <see cref="AuditLogUnavailableException"/>.
/// </summary>
public sealed partial class BlobAuditLog : IAuditLog, IHostedService, IAsyncDisposable
{
    private static readonly Counter<long> RecordsWritten = AiSecTelemetry.Meter.CreateCounter<long>(
        "aisec.audit.records_written", description: "Audit records persisted to storage");

    private static readonly Counter<long> WriteFailures = AiSecTelemetry.Meter.CreateCounter<long>(
        "aisec.audit.write_failures", description: "Failed audit storage writes (retried)");

    private static readonly Counter<long> RecordsUnwritten = AiSecTelemetry.Meter.CreateCounter<long>(
        "aisec.audit.records_unwritten", description: "Audit records given up at shutdown (reported, never silently dropped)");

    private readonly AiSecStorage _storage;
    private readonly AuditOptions _options;
    private readonly AuditSigningKeyProvider _keys;
    private readonly TimeProvider _time;
    private readonly ILogger<BlobAuditLog> _logger;
    private readonly Channel<PendingRecord> _buffer;
    private readonly Dictionary<string, AuditStreamWriter> _writers = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _abort = new();
    private readonly ResiliencePipeline _retry;
    private Task? _loop;
    private int _inFlight;
    private int _urgent;
    private TaskCompletionSource _urgentArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _consecutiveFailures;
    private string? _lastError;
    private long _written;
    private long _unwritten;

    public BlobAuditLog(
        AiSecStorage storage,
        IOptions<AuditOptions> options,
        AuditSigningKeyProvider keys,
        TimeProvider time,
        ILogger<BlobAuditLog> logger)
    {
        _storage = storage;
        _options = options.Value;
        _keys = keys;
        _time = time;
        _logger = logger;
        _buffer = Channel.CreateBounded<PendingRecord>(new BoundedChannelOptions(_options.BufferCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _retry = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(10),
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not OperationCanceledException),
                OnRetry = args =>
                {
                    Interlocked.Increment(ref _consecutiveFailures);
                    WriteFailures.Add(1);
                    _lastError = args.Outcome.Exception?.Message;
                    LogWriteFailed(_logger, args.Outcome.Exception, args.RetryDelay.TotalSeconds);
                    return default;
                },
            })
            .Build();
    }

    public async Task AppendAsync(AuditEvent auditEvent, AuditDurability durability, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        if (!AuditRecordFormat.IsValidStreamName(auditEvent.Stream))
        {
            throw new ArgumentException($"Audit stream '{auditEvent.Stream}' is not valid: use 1-63 lower-case letters, digits and '-'.", nameof(auditEvent));
        }

        // One reading of the clock: the record's time also picks its day blob.
        var now = _time.GetUtcNow();
        var body = AuditRecordFormat.EncodeBody(auditEvent, now);
        if (body.Length > _options.MaxRecordBytes)
        {
            throw new ArgumentException(
                $"Audit record for '{auditEvent.Action}' is {body.Length} bytes; the limit is Audit:MaxRecordBytes ({_options.MaxRecordBytes}). Put large content in the evidence container and reference it.",
                nameof(auditEvent));
        }

        var record = new PendingRecord(auditEvent.Stream, now, body, durability == AuditDurability.Durable);
        await EnqueueAsync(record, durability, cancellationToken);
        if (record.Completion is { } completion)
        {
            try
            {
                await completion.Task.WaitAsync(_options.DurableTimeout, _time, cancellationToken);
            }
            catch (TimeoutException ex)
            {
                throw new AuditLogUnavailableException(
                    $"audit record was not persisted within {_options.DurableTimeout.TotalSeconds:0} s (storage unavailable); it stays queued but is not confirmed", ex);
            }
        }
    }

    /// <summary>Completes once every record queued before the call is persisted (or given up).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var flush = PendingRecord.Flush();
        await EnqueueAsync(flush, AuditDurability.Buffered, cancellationToken);
        await flush.Completion!.Task.WaitAsync(cancellationToken);
    }

    public AuditLogHealth Health
    {
        get
        {
            var buffered = _buffer.Reader.Count + Volatile.Read(ref _inFlight);
            var failures = Volatile.Read(ref _consecutiveFailures);
            var status = failures > 0 || _buffer.Reader.Count >= _options.BufferCapacity * 0.8 ? "degraded" : "healthy";
            return new AuditLogHealth(status, buffered, _options.BufferCapacity, failures, failures > 0 ? _lastError : null,
                Interlocked.Read(ref _written), Interlocked.Read(ref _unwritten));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop ??= Task.Run(() => RunAsync(_abort.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Stops taking records, writes what is buffered and the final checkpoints; gives up when the host's shutdown time is over.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _buffer.Writer.TryComplete();
        Interlocked.Increment(ref _urgent);
        Volatile.Read(ref _urgentArrived).TrySetResult();
        if (_loop is null)
        {
            FailRemaining([]);
            return;
        }

        using var registration = cancellationToken.Register(() => _abort.Cancel());
        await _loop;
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            await StopAsync(timeout.Token);
        }

        _abort.Dispose();
    }

    private async ValueTask EnqueueAsync(PendingRecord record, AuditDurability durability, CancellationToken cancellationToken)
    {
        if (_buffer.Writer.TryWrite(record))
        {
            MarkUrgent(record);
            return;
        }

        if (_buffer.Reader.Completion.IsCompleted || durability == AuditDurability.Durable)
        {
            throw new AuditLogUnavailableException(_buffer.Reader.Completion.IsCompleted
                ? "the audit log is shut down"
                : $"the audit buffer is full ({_options.BufferCapacity} records; storage is slow or unavailable)");
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(_options.BufferFullTimeout);
        try
        {
            await _buffer.Writer.WriteAsync(record, wait.Token);
            MarkUrgent(record);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AuditLogUnavailableException($"the audit buffer stayed full for {_options.BufferFullTimeout.TotalSeconds:0} s (storage is slow or unavailable)", ex);
        }
        catch (ChannelClosedException ex)
        {
            throw new AuditLogUnavailableException("the audit log is shut down", ex);
        }
    }

    private async Task RunAsync(CancellationToken abort)
    {
        var batch = new List<PendingRecord>(1024);
        Task<bool>? waiting = null;
        Task? timer = null;
        try
        {
            while (true)
            {
                waiting ??= _buffer.Reader.WaitToReadAsync(abort).AsTask();
                // One checkpoint timer at a time (not one per batch); firing early only means nothing is due yet.
                if (NextCheckpointDue() is { } due)
                {
                    timer ??= Task.Delay(due, _time, abort);
                    if (await Task.WhenAny(waiting, timer) == timer)
                    {
                        timer = null;
                        await CheckpointDueAsync(force: false, abort);
                        continue;
                    }
                }

                var more = await waiting;
                waiting = null;
                if (!more)
                {
                    break;
                }

                await LingerAsync(abort);
                batch.Clear();
                while (batch.Count < _options.MaxBatchRecords && _buffer.Reader.TryRead(out var record))
                {
                    batch.Add(record);
                    if (record.Completion is not null)
                    {
                        Interlocked.Decrement(ref _urgent);
                    }
                }

                Volatile.Write(ref _inFlight, batch.Count);
                await WriteBatchAsync(batch, abort);
                Volatile.Write(ref _inFlight, 0);
                await CheckpointDueAsync(force: false, abort);
            }

            await CheckpointDueAsync(force: true, abort);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            FailRemaining(batch);
        }
    }

    /// <summary>
    /// A durable caller (or a flush) waits on its record, and shutdown waits on all of them: either cuts the linger
    /// short. The count is raised before the signal is read, and the loop arms a fresh signal before it reads the
    /// count, so an urgent record can never be missed between the two.
    /// </summary>
    private void MarkUrgent(PendingRecord record)
    {
        if (record.Completion is not null)
        {
            Interlocked.Increment(ref _urgent);
            Volatile.Read(ref _urgentArrived).TrySetResult();
        }
    }

    private async Task LingerAsync(CancellationToken abort)
    {
        if (_options.BatchLinger <= TimeSpan.Zero || _buffer.Reader.Count >= _options.MaxBatchRecords)
        {
            return;
        }

        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _urgentArrived, arrived);
        if (Volatile.Read(ref _urgent) > 0)
        {
            return;
        }

        using var linger = CancellationTokenSource.CreateLinkedTokenSource(abort);
        var delay = Task.Delay(_options.BatchLinger, _time, linger.Token);
        await Task.WhenAny(delay, arrived.Task);
        await linger.CancelAsync();
        abort.ThrowIfCancellationRequested();
    }

    private async Task WriteBatchAsync(List<PendingRecord> batch, CancellationToken abort)
    {
        foreach (var group in batch.Where(r => !r.IsFlush).GroupBy(r => r.Stream, StringComparer.Ordinal))
        {
            var writer = Writer(group.Key);
            var records = group.ToList();
            for (var offset = 0; offset < records.Count;)
            {
                // Cut the batch at checkpoint boundaries so that a checkpoint lands every CheckpointEvery records.
                var room = (int)Math.Max(1, _options.CheckpointEvery - writer.RecordsSinceCheckpoint);
                var chunk = records.GetRange(offset, Math.Min(room, records.Count - offset));
                await _retry.ExecuteAsync(async ct => await writer.WriteAsync(chunk, ct), abort);
                Interlocked.Add(ref _written, chunk.Count);
                RecordsWritten.Add(chunk.Count, new KeyValuePair<string, object?>("stream", writer.Stream));
                Volatile.Write(ref _consecutiveFailures, 0);
                offset += chunk.Count;
                if (writer.RecordsSinceCheckpoint >= _options.CheckpointEvery)
                {
                    await CheckpointAsync(writer, abort);
                }
            }
        }

        foreach (var flush in batch.Where(r => r.IsFlush))
        {
            flush.Completion!.TrySetResult();
        }
    }

    private TimeSpan? NextCheckpointDue()
    {
        DateTimeOffset? oldest = null;
        foreach (var writer in _writers.Values)
        {
            if (writer.UncheckpointedSince is { } since && (oldest is null || since < oldest))
            {
                oldest = since;
            }
        }

        if (oldest is null)
        {
            return null;
        }

        var due = oldest.Value + _options.CheckpointInterval - _time.GetUtcNow();
        return due > TimeSpan.Zero ? due : TimeSpan.Zero;
    }

    private async Task CheckpointDueAsync(bool force, CancellationToken abort)
    {
        var now = _time.GetUtcNow();
        foreach (var writer in _writers.Values)
        {
            var due = writer.RecordsSinceCheckpoint >= _options.CheckpointEvery
                || (writer.UncheckpointedSince is { } since && now - since >= _options.CheckpointInterval)
                || (force && writer.RecordsSinceCheckpoint > 0);
            if (due)
            {
                await CheckpointAsync(writer, abort);
            }
        }
    }

    private async Task CheckpointAsync(AuditStreamWriter writer, CancellationToken abort)
    {
        try
        {
            var key = await _keys.GetAsync(abort);
            await _retry.ExecuteAsync(async ct => await writer.CheckpointAsync(key, ct), abort);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The records are safe in the chain; the next checkpoint covers them.
            LogCheckpointFailed(_logger, ex, writer.Stream);
        }
    }

    private AuditStreamWriter Writer(string stream)
    {
        if (!_writers.TryGetValue(stream, out var writer))
        {
            writer = new AuditStreamWriter(
                stream,
                _storage.Container(Shared.Storage.StorageNames.Containers.Audit),
                _storage.Container(Shared.Storage.StorageNames.Containers.AuditCheckpoints),
                _options,
                _time,
                _logger);
            _writers[stream] = writer;
        }

        return writer;
    }

    /// <summary>Shutdown ran out of time: report every record not persisted (durable callers get an error), never invent them.</summary>
    private void FailRemaining(List<PendingRecord> inFlight)
    {
        var lost = new List<PendingRecord>(inFlight.Where(r => !r.Written));
        while (_buffer.Reader.TryRead(out var record))
        {
            lost.Add(record);
        }

        var error = new AuditLogUnavailableException("the audit log shut down before this record could be persisted (storage unavailable)");
        var count = 0;
        foreach (var record in lost)
        {
            record.Completion?.TrySetException(error);
            if (!record.IsFlush)
            {
                count++;
                LogRecordNotWritten(_logger, record.Stream, AuditRecordFormat.FormatTime(record.Time));
            }
        }

        Interlocked.Add(ref _unwritten, count);
        RecordsUnwritten.Add(count);
        if (count > 0)
        {
            LogUnwritten(_logger, count);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Audit write failed; retrying in {DelaySeconds:0.0} s (records stay buffered)")]
    private static partial void LogWriteFailed(ILogger logger, Exception? exception, double delaySeconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Audit checkpoint for stream {Stream} failed")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception, string stream);

    [LoggerMessage(EventId = 3, Level = LogLevel.Critical, Message = "{Count} audit records could not be persisted before shutdown")]
    private static partial void LogUnwritten(ILogger logger, int count);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Audit record not persisted: stream {Stream}, time {Time}")]
    private static partial void LogRecordNotWritten(ILogger logger, string stream, string time);
}
