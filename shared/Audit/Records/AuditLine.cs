using System.Text.Json;

namespace AiSec.Shared.Audit.Records;

public enum AuditLineKind
{
    Blank,
    Record,
    Checkpoint,
    Rotation,
    Unknown,
}

/// <summary>Where a record line's fields are (offsets into the line), found without allocating.</summary>
public readonly record struct AuditRecordFields(Range Stream, long Seq, Range Time, Range PrevHash, Range Hash);

/// <summary>
/// Classifies and parses stored lines. Record lines start with <c>{"stream":</c>, checkpoints with
/// <c>{"type":"checkpoint"</c>, and rotation markers (in storage only, never exported) with <c>{"rotatedTo":</c>.
/// </summary>
public static class AuditLine
{
    private static readonly string[] RecordMembers =
        ["stream", "seq", "time", "actor", "action", "subject", "outcome", "details", "prevHash", "hash"];

    public static AuditLineKind Classify(ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty || line.Trim((byte)' ').IsEmpty || line.SequenceEqual("\r"u8))
        {
            return AuditLineKind.Blank;
        }

        return line.StartsWith("{\"stream\":"u8) ? AuditLineKind.Record
            : line.StartsWith("{\"type\":\"checkpoint\""u8) ? AuditLineKind.Checkpoint
            : line.StartsWith("{\"rotatedTo\":"u8) ? AuditLineKind.Rotation
            : AuditLineKind.Unknown;
    }

    /// <summary>
    /// Parses a record line strictly: exactly the canonical members in the canonical order, unescaped stream and hash
    /// strings, and the hash member last so that the canonical form is the line minus its last 75 bytes plus <c>}</c>.
    /// </summary>
    public static bool TryParseRecord(ReadOnlySpan<byte> line, out AuditRecordFields fields, out string? error)
    {
        fields = default;
        error = null;
        Range stream = default, time = default, prevHash = default, hash = default;
        long seq = 0;
        if (line.Length < AuditRecordFormat.HashMemberLength + 20 || !line.EndsWith("\"}"u8)
            || !line[^AuditRecordFormat.HashMemberLength..].StartsWith(",\"hash\":\""u8))
        {
            error = "malformed record line (it must end with the hash member)";
            return false;
        }

        var reader = new Utf8JsonReader(line, isFinalBlock: true, state: default);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "record line is not a JSON object";
                return false;
            }

            for (var i = 0; i < RecordMembers.Length; i++)
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(RecordMembers[i]))
                {
                    error = $"record members are not in canonical order (expected '{RecordMembers[i]}')";
                    return false;
                }

                reader.Read();
                switch (i)
                {
                    case 1:
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out seq) || seq < 1)
                        {
                            error = "seq is not a positive integer";
                            return false;
                        }

                        break;
                    case 7:
                        if (reader.TokenType != JsonTokenType.StartObject)
                        {
                            error = "details is not an object";
                            return false;
                        }

                        reader.Skip();
                        break;
                    default:
                        if (reader.TokenType != JsonTokenType.String)
                        {
                            error = $"'{RecordMembers[i]}' is not a string";
                            return false;
                        }

                        var range = ValueRange(ref reader);
                        if (i == 0)
                        {
                            stream = range;
                        }
                        else if (i == 2)
                        {
                            time = range;
                        }
                        else if (i == 8)
                        {
                            prevHash = range;
                        }
                        else if (i == 9)
                        {
                            hash = range;
                        }

                        break;
                }
            }

            if (!reader.Read() || reader.TokenType != JsonTokenType.EndObject || reader.BytesConsumed != line.Length)
            {
                error = "record line has members or bytes after 'hash'";
                return false;
            }
        }
        catch (JsonException)
        {
            error = "record line is not valid JSON";
            return false;
        }

        if (line[stream].IndexOf((byte)'\\') >= 0 || line[hash].Length != Chain.AuditHash.HexLength
            || line[prevHash].Length != Chain.AuditHash.HexLength)
        {
            error = "stream, prevHash or hash is not in canonical form";
            return false;
        }

        fields = new AuditRecordFields(stream, seq, time, prevHash, hash);
        return true;
    }

    /// <summary>The target blob of a rotation marker line <c>{"rotatedTo":"name"}</c>.</summary>
    public static string? RotationTarget(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject && reader.Read()
                && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("rotatedTo"u8) && reader.Read()
                && reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    private static Range ValueRange(ref Utf8JsonReader reader)
    {
        // TokenStartIndex points at the opening quote; the raw (possibly escaped) value follows it.
        var start = (int)reader.TokenStartIndex + 1;
        return new Range(start, start + reader.ValueSpan.Length);
    }
}

/// <summary>Calls a handler for every line of a stream (without the newline), reusing one buffer.</summary>
public static class AuditLineReader
{
    public delegate void LineHandler(ReadOnlySpan<byte> line);

    public static async Task<long> ForEachLineAsync(Stream input, LineHandler handler, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 20];
        var filled = 0;
        long total = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await input.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            total += read;
            filled += read;
            var consumed = ProcessLines(buffer.AsSpan(0, filled), handler, final: read == 0);
            if (consumed < filled)
            {
                Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
            }

            filled -= consumed;
            if (read == 0)
            {
                return total;
            }
        }
    }

    /// <summary>Handles the complete lines in <paramref name="data"/> and returns the bytes they took.</summary>
    public static int ProcessLines(ReadOnlySpan<byte> data, LineHandler handler, bool final)
    {
        var consumed = 0;
        while (consumed < data.Length)
        {
            var rest = data[consumed..];
            var newline = rest.IndexOf((byte)'\n');
            if (newline < 0)
            {
                if (final)
                {
                    handler(rest);
                    consumed = data.Length;
                }

                break;
            }

            // Tolerate CRLF (an export copied through Windows tools): the CR is not part of any record.
            var line = rest[..newline];
            handler(line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line);
            consumed += newline + 1;
        }

        return consumed;
    }
}
