using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiSec.Shared.Audit.Chain;

namespace AiSec.Shared.Audit.Records;

/// <summary>
/// The stored form of a record: one JSON line, and its canonical form that <c>hash</c> covers.
/// <para>
/// Canonical form (RFC 8785-style, deterministic): UTF-8 JSON with no whitespace, members in this fixed order —
/// <c>stream, seq, time, actor, action, subject, outcome, details, prevHash</c> — <c>time</c> as UTC
/// <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>, <c>details</c> an object (<c>{}</c> when absent) whose members are sorted
/// by ordinal key at every depth, strings escaped minimally by System.Text.Json's relaxed encoder, numbers as given.
/// The stored line is the canonical form with <c>,"hash":"&lt;64 lower-case hex&gt;"</c> inserted before the final
/// <c>}</c>, so <c>hash = SHA-256(line without that member)</c>: a verifier hashes the stored bytes directly and never
/// has to re-serialize (which is what makes offline verification fast).
/// </para>
/// </summary>
public static class AuditRecordFormat
{
    /// <summary>Length of <c>,"hash":"&lt;64 hex&gt;"}</c>, the stored line's tail after the canonical form's last member.</summary>
    public const int HashMemberLength = 75;

    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Stream names are path segments and JSON strings that need no escaping.</summary>
    public static bool IsValidStreamName(string stream) =>
        stream.Length is > 0 and <= 63
        && stream.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && stream[0] != '-';

    /// <summary>
    /// The members between <c>seq</c> and <c>prevHash</c> (<c>"time":…,"details":{…}</c>, no braces). They do not
    /// depend on the position in the chain, so a batch re-numbered after a conflict is not re-serialized.
    /// </summary>
    public static byte[] EncodeBody(AuditEvent auditEvent, DateTimeOffset time)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("time"u8, FormatTime(time));
            writer.WriteString("actor"u8, auditEvent.Actor);
            writer.WriteString("action"u8, auditEvent.Action);
            writer.WriteString("subject"u8, auditEvent.Subject);
            writer.WriteString("outcome"u8, auditEvent.Outcome);
            writer.WritePropertyName("details"u8);
            WriteCanonical(writer, auditEvent.Details ?? []);
            writer.WriteEndObject();
        }

        // Drop the enclosing braces: the body is spliced between "seq" and "prevHash".
        return buffer.WrittenSpan[1..^1].ToArray();
    }

    public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// Appends one stored line (with its trailing newline) to <paramref name="output"/> and writes the record's hash
    /// to <paramref name="hash"/>.
    /// </summary>
    public static void WriteLine(
        GrowableBuffer output, string stream, long seq, ReadOnlySpan<byte> body, ReadOnlySpan<byte> prevHash, Span<byte> hash)
    {
        var start = output.Length;
        output.Append("{\"stream\":\""u8);
        output.AppendAscii(stream);
        output.Append("\",\"seq\":"u8);
        var digits = output.GetSpan(20);
        Utf8Formatter.TryFormat(seq, digits, out var written);
        output.Advance(written);
        output.Append(","u8);
        output.Append(body);
        output.Append(",\"prevHash\":\""u8);
        AuditHash.WriteHex(prevHash, output.GetSpan(AuditHash.HexLength));
        output.Advance(AuditHash.HexLength);
        output.Append("\"}"u8);

        // The canonical form is complete: hash it, then replace its closing brace with the hash member.
        SHA256.HashData(output.WrittenSpan[start..], hash);
        output.Truncate(output.Length - 1);
        output.Append(",\"hash\":\""u8);
        AuditHash.WriteHex(hash, output.GetSpan(AuditHash.HexLength));
        output.Advance(AuditHash.HexLength);
        output.Append("\"}\n"u8);
    }

    /// <summary>Writes a JSON value with object members sorted by ordinal key at every depth (the canonical details).</summary>
    public static void WriteCanonical(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteCanonical(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
