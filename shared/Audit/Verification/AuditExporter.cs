using System.Text.Json;
using AiSec.Shared.Audit.Records;
using AiSec.Shared.Audit.Storage;

namespace AiSec.Shared.Audit.Verification;

/// <summary>
/// Writes the log to one JSON-lines file for offline verification: every record line exactly as stored (stream by
/// stream, in seq order), then every checkpoint line. With <c>since</c>, records older than it are left out, along
/// with checkpoints that end before the first exported record; verify such a file with <c>--partial</c>.
/// </summary>
public sealed class AuditExporter(AuditStorageReader reader)
{
    public async Task<AuditExportSummary> ExportAsync(string path, string? stream, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var streams = stream is null ? await reader.ListStreamsAsync(cancellationToken) : [stream];
        long records = 0;
        long checkpoints = 0;
        var firstSeq = new Dictionary<string, long>(StringComparer.Ordinal);
        var temporary = path + ".partial";
        await using (var output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            var newline = new byte[] { (byte)'\n' };
            foreach (var name in streams)
            {
                var fromDay = since is { } s ? DateOnly.FromDateTime(s.UtcDateTime) : (DateOnly?)null;
                await reader.ForEachRecordLineAsync(name, line =>
                {
                    if (since is { } cutoff && RecordTime(line) is { } time && time < cutoff)
                    {
                        return;
                    }

                    if (!firstSeq.ContainsKey(name) && AuditLine.TryParseRecord(line, out var fields, out _))
                    {
                        firstSeq[name] = fields.Seq;
                    }

                    output.Write(line);
                    output.Write(newline);
                    records++;
                }, cancellationToken, fromDay);
            }

            foreach (var name in streams)
            {
                var from = firstSeq.GetValueOrDefault(name, since is null ? 1 : long.MaxValue);
                foreach (var line in await reader.ReadCheckpointsAsync(name, cancellationToken))
                {
                    if (since is not null && Checkpoints.AuditCheckpoint.TryParse(line, out var checkpoint) && checkpoint!.Seq < from)
                    {
                        continue;
                    }

                    await output.WriteAsync(line, cancellationToken);
                    await output.WriteAsync(newline, cancellationToken);
                    checkpoints++;
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
        return new AuditExportSummary(Path.GetFullPath(path), streams.Count, records, checkpoints);
    }

    private static DateTimeOffset? RecordTime(ReadOnlySpan<byte> line)
    {
        if (!AuditLine.TryParseRecord(line, out var fields, out _))
        {
            return null;
        }

        var reader = new Utf8JsonReader(line[(fields.Time.Start.Value - 1)..(fields.Time.End.Value + 1)]);
        return reader.Read() && reader.TryGetDateTimeOffset(out var time) ? time : null;
    }
}

public sealed record AuditExportSummary(string Out, int Streams, long Records, long Checkpoints);
