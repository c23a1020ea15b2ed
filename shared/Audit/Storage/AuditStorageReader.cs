using System.Collections.Concurrent;
using System.Text.Json;
using AiSec.Shared.Audit.Checkpoints;
using AiSec.Shared.Audit.Records;
using AiSec.Shared.Storage;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace AiSec.Shared.Audit.Storage;

/// <summary>Reads the audit containers: streams, record blobs in chain order, checkpoints, and the newest records.</summary>
public sealed class AuditStorageReader(AiSecStorage storage)
{
    private BlobContainerClient Records => storage.Container(StorageNames.Containers.Audit);

    private BlobContainerClient Checkpoints => storage.Container(StorageNames.Containers.AuditCheckpoints);

    /// <summary>Streams that have records or checkpoints (a stream with only checkpoints left was truncated).</summary>
    public async Task<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken)
    {
        var streams = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var container in new[] { Records, Checkpoints })
        {
            await foreach (var item in container.GetBlobsByHierarchyAsync(BlobTraits.None, BlobStates.None, "/", null, cancellationToken: cancellationToken))
            {
                if (item.IsPrefix && AuditRecordFormat.IsValidStreamName(item.Prefix.TrimEnd('/')))
                {
                    streams.Add(item.Prefix.TrimEnd('/'));
                }
            }
        }

        return [.. streams];
    }

    public async Task<IReadOnlyList<string>> ListRecordBlobsAsync(string stream, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in Records.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: AuditBlobName.StreamPrefix(stream), cancellationToken: cancellationToken))
        {
            names.Add(item.Name);
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>The stream's checkpoint lines, ordered by seq.</summary>
    public async Task<IReadOnlyList<byte[]>> ReadCheckpointsAsync(string stream, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in Checkpoints.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: AuditBlobName.StreamPrefix(stream), cancellationToken: cancellationToken))
        {
            names.Add(item.Name);
        }

        var lines = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (name, ct) =>
        {
            var content = (await Checkpoints.GetBlobClient(name).DownloadContentAsync(ct)).Value.Content.ToArray();
            lines[name] = content.AsSpan().TrimEnd("\r\n"u8).ToArray();
        });
        return [.. names.Order(StringComparer.Ordinal).Select(n => lines[n])];
    }

    /// <summary>Streams every record line of the stream (rotation markers skipped) in chain order.</summary>
    public async Task<long> ForEachRecordLineAsync(
        string stream, AuditLineReader.LineHandler handler, CancellationToken cancellationToken, DateOnly? fromDay = null)
    {
        long bytes = 0;
        foreach (var name in await ListRecordBlobsAsync(stream, cancellationToken))
        {
            if (fromDay is { } day && AuditBlobName.TryParse(name, out var blob) && blob.Day < day)
            {
                continue;
            }

            var download = await Records.GetBlobClient(name).DownloadStreamingAsync(cancellationToken: cancellationToken);
            await using var content = download.Value.Content;
            bytes += await AuditLineReader.ForEachLineAsync(content, line =>
            {
                if (AuditLine.Classify(line) is not (AuditLineKind.Rotation or AuditLineKind.Blank))
                {
                    handler(line);
                }
            }, cancellationToken);
        }

        return bytes;
    }

    /// <summary>The last <paramref name="count"/> records of a stream, oldest first.</summary>
    public async Task<IReadOnlyList<AuditRecordView>> TailAsync(string stream, int count, CancellationToken cancellationToken)
    {
        var result = new List<AuditRecordView>();
        var blobs = await ListRecordBlobsAsync(stream, cancellationToken);
        for (var i = blobs.Count - 1; i >= 0 && result.Count < count; i--)
        {
            var client = Records.GetBlobClient(blobs[i]);
            var length = (await client.GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ContentLength;
            var found = new List<AuditRecordView>();
            for (long window = 256 * 1024; length > 0; window *= 4)
            {
                var start = Math.Max(0, length - window);
                var data = (await client.DownloadContentAsync(
                    new BlobDownloadOptions { Range = new HttpRange(start, length - start) }, cancellationToken)).Value.Content.ToArray();
                var span = start > 0 ? data.AsSpan(Array.IndexOf(data, (byte)'\n') + 1) : data.AsSpan();
                found.Clear();
                AuditLineReader.ProcessLines(span, line =>
                {
                    if (AuditLine.Classify(line) == AuditLineKind.Record && AuditRecordView.TryParse(line) is { } view)
                    {
                        found.Add(view);
                    }
                }, final: true);
                if (found.Count + result.Count >= count || start == 0)
                {
                    break;
                }
            }

            result.InsertRange(0, found.TakeLast(count - result.Count));
        }

        return result;
    }
}

/// <summary>A record as people read it (tail, tests); verification never needs this allocation-heavy form.</summary>
public sealed record AuditRecordView(
    string Stream, long Seq, DateTimeOffset Time, string Actor, string Action, string Subject, string Outcome,
    JsonElement Details, string PrevHash, string Hash)
{
    public static AuditRecordView? TryParse(ReadOnlySpan<byte> line)
    {
        try
        {
            using var document = JsonDocument.Parse(line.ToArray());
            var r = document.RootElement;
            return new AuditRecordView(
                r.GetProperty("stream").GetString()!, r.GetProperty("seq").GetInt64(), r.GetProperty("time").GetDateTimeOffset(),
                r.GetProperty("actor").GetString()!, r.GetProperty("action").GetString()!, r.GetProperty("subject").GetString()!,
                r.GetProperty("outcome").GetString()!, r.GetProperty("details").Clone(), r.GetProperty("prevHash").GetString()!,
                r.GetProperty("hash").GetString()!);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
