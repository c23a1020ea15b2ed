using System.Text;
using AiSec.Shared.Audit.Chain;
using AiSec.Shared.Audit.Checkpoints;
using AiSec.Shared.Audit.Records;
using AiSec.Shared.Audit.Writing;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;

namespace AiSec.Shared.Audit.Storage;

/// <summary>
/// Appends one stream's records to its chain of append blobs, safely beside other writers of the same stream.
/// <para>
/// Every append is conditional on the append position this writer last saw (<c>If-Append-Position-Equal</c>), so
/// two writers can never both attach a record to the same head: the loser gets 412, reads what was appended since
/// (learning the new head and every record hash for its Merkle range), re-numbers and re-hashes its pending records
/// and tries again. If the 412 hides our own append (a retried request that had in fact succeeded), the bytes
/// after our position are exactly our block, and it counts as written — nothing is written twice.
/// </para>
/// <para>
/// Rotation (a new day, or one block before the append-blob block limit) is also made race-free: the rotating
/// writer appends a marker line <c>{"rotatedTo":"next blob"}</c> to the old blob at its position, so a writer
/// still on the old blob gets 412, reads the marker and follows it. No writer can extend an old blob after it.
/// </para>
/// </summary>
public sealed partial class AuditStreamWriter(
    string stream,
    BlobContainerClient records,
    BlobContainerClient checkpoints,
    AuditOptions options,
    TimeProvider timeProvider,
    ILogger logger)
{
    private const int TailWindow = 64 * 1024;

    private readonly GrowableBuffer _block = new(Math.Min(options.MaxBlockBytes, 1 << 20));
    private readonly MerkleBuilder _merkle = new();
    private readonly byte[] _headHash = new byte[AuditHash.Size];
    private byte[] _blockHashes = new byte[AuditHash.Size * 1024];
    private AuditBlobName? _blob;
    private long _position;
    private int _blockCount;
    private long _merkleFrom;
    private long _blockFirstSeq;
    private bool _synced;

    private enum AppendOutcome
    {
        Appended,
        LandedEarlier,
        Conflict,
    }

    public string Stream => stream;

    public long HeadSeq { get; private set; }

    public string HeadHash => AuditHash.ToHex(_headHash);

    /// <summary>The blob appends go to now (null before the stream's first record).</summary>
    public string? CurrentBlob => _blob?.Name;

    public long RecordsSinceCheckpoint => _merkle.Count;

    /// <summary>When the oldest record not yet covered by a checkpoint was appended or learned.</summary>
    public DateTimeOffset? UncheckpointedSince { get; private set; }

    /// <summary>
    /// Persists the records of <paramref name="batch"/> not yet written, in order. Each record gets its seq and its
    /// completion is signalled as soon as its block is appended, so a failure part-way leaves the earlier records
    /// written (and reported as such) and the rest pending for a retry.
    /// </summary>
    public async Task WriteAsync(IReadOnlyList<PendingRecord> batch, CancellationToken cancellationToken)
    {
        var next = 0;
        while (next < batch.Count)
        {
            if (batch[next].Written)
            {
                next++;
                continue;
            }

            if (!_synced)
            {
                await SyncFullAsync(cancellationToken);
            }

            var day = DateOnly.FromDateTime(batch[next].Time.UtcDateTime);
            if (_blob is null || day > _blob.Value.Day || _blockCount >= options.MaxBlocksPerBlob - 1)
            {
                await RotateAsync(day, cancellationToken);
                continue;
            }

            var count = BuildBlock(batch, next);
            switch (await TryAppendAsync(cancellationToken))
            {
                case AppendOutcome.Appended:
                    _position += _block.Length;
                    for (var i = 0; i < count; i++)
                    {
                        Observe(_blockHashes.AsSpan(i * AuditHash.Size, AuditHash.Size), HeadSeq + 1);
                    }

                    Complete(batch, next, count);
                    next += count;
                    break;
                case AppendOutcome.LandedEarlier:
                    // The re-read already advanced the head over these records.
                    Complete(batch, next, count);
                    next += count;
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Signs and stores a checkpoint of the head if records were added since the last one.</summary>
    public async Task<AuditCheckpoint?> CheckpointAsync(AuditSigningKey key, CancellationToken cancellationToken)
    {
        if (_merkle.Count == 0)
        {
            return null;
        }

        var checkpoint = new AuditCheckpoint(
            stream, HeadSeq, _merkleFrom, HeadHash, AuditHash.ToHex(_merkle.Root()),
            AuditRecordFormat.FormatTime(timeProvider.GetUtcNow()), key.KeyId).SignWith(key);
        try
        {
            await checkpoints.GetBlobClient(checkpoint.BlobName).UploadAsync(
                BinaryData.FromBytes(checkpoint.ToLine()),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another instance checkpointed the same head first; its checkpoint covers these records.
        }

        _merkle.Reset();
        _merkleFrom = HeadSeq;
        UncheckpointedSince = null;
        return checkpoint;
    }

    private int BuildBlock(IReadOnlyList<PendingRecord> batch, int start)
    {
        _block.Clear();
        Span<byte> previous = stackalloc byte[AuditHash.Size];
        _headHash.CopyTo(previous);
        var blobDay = _blob!.Value.Day;
        _blockFirstSeq = HeadSeq + 1;
        var count = 0;
        for (var i = start; i < batch.Count; i++)
        {
            var record = batch[i];
            var estimate = record.Body.Length + stream.Length + 200;
            if (count > 0 && (_block.Length + estimate > options.MaxBlockBytes || DateOnly.FromDateTime(record.Time.UtcDateTime) > blobDay))
            {
                break;
            }

            if ((count + 1) * AuditHash.Size > _blockHashes.Length)
            {
                Array.Resize(ref _blockHashes, _blockHashes.Length * 2);
            }

            var hash = _blockHashes.AsSpan(count * AuditHash.Size, AuditHash.Size);
            AuditRecordFormat.WriteLine(_block, stream, HeadSeq + count + 1, record.Body, previous, hash);
            hash.CopyTo(previous);
            count++;
        }

        return count;
    }

    private void Complete(IReadOnlyList<PendingRecord> batch, int start, int count)
    {
        var seq = _blockFirstSeq;
        for (var i = start; i < start + count; i++)
        {
            batch[i].Seq = seq++;
            batch[i].Completion?.TrySetResult();
        }
    }

    private async Task<AppendOutcome> TryAppendAsync(CancellationToken cancellationToken)
    {
        var client = records.GetAppendBlobClient(_blob!.Value.Name);
        try
        {
            using var content = _block.AsStream();
            var response = await client.AppendBlockAsync(
                content,
                new AppendBlobAppendBlockOptions { Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = _position } },
                cancellationToken);
            _blockCount = response.Value.BlobCommittedBlockCount;
            return AppendOutcome.Appended;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            LogConflict(logger, stream, _position);
            return await SyncIncrementalAsync(_block.WrittenMemory, cancellationToken) ? AppendOutcome.LandedEarlier : AppendOutcome.Conflict;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            _synced = false;
            return AppendOutcome.Conflict;
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == "BlockCountExceedsLimit")
        {
            // Someone filled the blob (e.g. configured with a higher limit): rotate before the next attempt.
            _blockCount = options.MaxBlocksPerBlob;
            return AppendOutcome.Conflict;
        }
    }

    private async Task RotateAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (_blob is not { } current)
        {
            await SwitchToAsync(new AuditBlobName(stream, day, 0), cancellationToken);
            return;
        }

        var target = current.Next(day > current.Day ? day : current.Day);
        _block.Clear();
        _block.Append(Encoding.UTF8.GetBytes($"{{\"rotatedTo\":\"{target.Name}\"}}\n"));
        switch (await TryAppendAsync(cancellationToken))
        {
            case AppendOutcome.Appended:
                LogRotated(logger, stream, current.Name, target.Name);
                await SwitchToAsync(target, cancellationToken);
                break;
            default:
                // Either another writer appended (maybe its own rotation) or our marker had landed; the re-read followed it.
                break;
        }
    }

    private async Task SwitchToAsync(AuditBlobName target, CancellationToken cancellationToken)
    {
        var created = await records.GetAppendBlobClient(target.Name).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        _blob = target;
        _position = 0;
        _blockCount = 0;
        if (created is null)
        {
            // Another writer created it first and may have appended already.
            await SyncIncrementalAsync(null, cancellationToken);
        }
    }

    /// <summary>
    /// Reads what other writers appended after our position (following rotation markers), advancing the head.
    /// Returns true when the bytes at our position were <paramref name="expected"/>, i.e. our own append had landed.
    /// </summary>
    private async Task<bool> SyncIncrementalAsync(ReadOnlyMemory<byte>? expected, CancellationToken cancellationToken)
    {
        var landed = false;
        while (true)
        {
            var client = records.GetAppendBlobClient(_blob!.Value.Name);
            BlobDownloadResult download;
            try
            {
                download = (await client.DownloadContentAsync(
                    new BlobDownloadOptions { Range = new HttpRange(_position) }, cancellationToken)).Value;
            }
            catch (RequestFailedException ex) when (ex.Status == 416)
            {
                return landed;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                _synced = false;
                return landed;
            }

            var data = download.Content.ToMemory();
            if (expected is { } mine && data.Span.StartsWith(mine.Span))
            {
                landed = true;
            }

            expected = null;
            _blockCount = download.Details.BlobCommittedBlockCount;
            string? rotatedTo = null;
            var consumed = AuditLineReader.ProcessLines(data.Span, line =>
            {
                switch (AuditLine.Classify(line))
                {
                    case AuditLineKind.Record:
                        ObserveStored(line);
                        break;
                    case AuditLineKind.Rotation:
                        rotatedTo = AuditLine.RotationTarget(line);
                        break;
                    default:
                        break;
                }
            }, final: false);
            _position += consumed;
            if (rotatedTo is null || !AuditBlobName.TryParse(rotatedTo, out var next))
            {
                return landed;
            }

            await records.GetAppendBlobClient(next.Name).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _blob = next;
            _position = 0;
            _blockCount = 0;
        }
    }

    /// <summary>Learns the head from storage: the last record of the newest non-empty blob of the stream.</summary>
    private async Task SyncFullAsync(CancellationToken cancellationToken)
    {
        var blobs = new List<AuditBlobName>();
        await foreach (var item in records.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: AuditBlobName.StreamPrefix(stream), cancellationToken: cancellationToken))
        {
            if (AuditBlobName.TryParse(item.Name, out var name) && name.Stream == stream)
            {
                blobs.Add(name);
            }
        }

        blobs.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        HeadSeq = 0;
        Array.Clear(_headHash);
        _blob = null;
        _position = 0;
        _blockCount = 0;
        string? rotatedTo = null;
        for (var i = blobs.Count - 1; i >= 0; i--)
        {
            var client = records.GetAppendBlobClient(blobs[i].Name);
            var properties = (await client.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            if (i == blobs.Count - 1)
            {
                _blob = blobs[i];
                _position = properties.ContentLength;
                _blockCount = properties.BlobCommittedBlockCount;
            }

            var tail = await ReadTailAsync(client, properties.ContentLength, cancellationToken);
            if (i == blobs.Count - 1)
            {
                rotatedTo = tail.RotatedTo;
            }

            if (tail.Seq > 0)
            {
                HeadSeq = tail.Seq;
                tail.Hash.CopyTo(_headHash, 0);
                break;
            }
        }

        _merkle.Reset();
        _merkleFrom = HeadSeq;
        UncheckpointedSince = null;
        _synced = true;
        if (rotatedTo is not null && AuditBlobName.TryParse(rotatedTo, out var next))
        {
            // The last writer rotated but may have crashed before creating or using the next blob.
            await SwitchToAsync(next, cancellationToken);
        }
    }

    private static async Task<(long Seq, byte[] Hash, string? RotatedTo)> ReadTailAsync(
        AppendBlobClient client, long length, CancellationToken cancellationToken)
    {
        for (long window = TailWindow; length > 0; window *= 4)
        {
            var start = Math.Max(0, length - window);
            var data = (await client.DownloadContentAsync(
                new BlobDownloadOptions { Range = new HttpRange(start, length - start) }, cancellationToken)).Value.Content.ToMemory();
            var span = data.Span;
            if (start > 0)
            {
                // The window starts mid-line: skip to the first complete one.
                span = span[(span.IndexOf((byte)'\n') + 1)..];
            }

            long seq = 0;
            var hash = new byte[AuditHash.Size];
            string? rotatedTo = null;
            AuditLineReader.ProcessLines(span, line =>
            {
                var kind = AuditLine.Classify(line);
                rotatedTo = kind == AuditLineKind.Rotation ? AuditLine.RotationTarget(line) : null;
                if (kind == AuditLineKind.Record && AuditLine.TryParseRecord(line, out var fields, out _)
                    && AuditHash.TryParseHex(line[fields.Hash], hash))
                {
                    seq = fields.Seq;
                }
            }, final: true);
            if (seq > 0 || start == 0)
            {
                return (seq, hash, rotatedTo);
            }
        }

        return (0, new byte[AuditHash.Size], null);
    }

    private void ObserveStored(ReadOnlySpan<byte> line)
    {
        Span<byte> hash = stackalloc byte[AuditHash.Size];
        if (!AuditLine.TryParseRecord(line, out var fields, out var error) || !AuditHash.TryParseHex(line[fields.Hash], hash))
        {
            LogUnreadableRecord(logger, stream, error ?? "bad hash");
            return;
        }

        Observe(hash, fields.Seq);
    }

    private void Observe(ReadOnlySpan<byte> hash, long seq)
    {
        if (seq != HeadSeq + 1)
        {
            // Not a chain this writer can extend knowingly (storage was altered); start the Merkle range afresh.
            LogDiscontinuity(logger, stream, HeadSeq, seq);
            _merkle.Reset();
            _merkleFrom = seq - 1;
        }

        HeadSeq = seq;
        hash.CopyTo(_headHash);
        _merkle.Add(hash);
        UncheckpointedSince ??= timeProvider.GetUtcNow();
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Audit stream {Stream}: append position {Position} was taken by another writer; re-reading the head")]
    private static partial void LogConflict(ILogger logger, string stream, long position);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Audit stream {Stream}: rotated from {From} to {To}")]
    private static partial void LogRotated(ILogger logger, string stream, string from, string to);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "Audit stream {Stream}: unreadable record in storage ({Error})")]
    private static partial void LogUnreadableRecord(ILogger logger, string stream, string error);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "Audit stream {Stream}: chain discontinuity in storage, head {Head} followed by seq {Seq}")]
    private static partial void LogDiscontinuity(ILogger logger, string stream, long head, long seq);
}
