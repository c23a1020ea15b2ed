using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiSec.Shared.Audit.Checkpoints;

/// <summary>
/// A signed statement "stream S had <see cref="Seq"/> records ending in <see cref="HeadHash"/>, and the records
/// (<see cref="FromSeq"/>, <see cref="Seq"/>] have Merkle root <see cref="MerkleRoot"/>". Stored as one JSON line:
/// <c>{"type":"checkpoint","stream","seq","fromSeq","headHash","merkleRoot","time","keyId","signature"}</c>; the
/// signature (ECDSA P-256, base64 r||s) covers the same object without <c>signature</c>, in that member order.
/// </summary>
public sealed record AuditCheckpoint(
    string Stream, long Seq, long FromSeq, string HeadHash, string MerkleRoot, string Time, string KeyId, string Signature = "")
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Blob name in <c>audit-checkpoints</c>: <c>{stream}/{seq:D12}.json</c> (sorts by seq).</summary>
    public string BlobName => $"{Stream}/{Seq:D12}.json";

    public byte[] SignedPayload() => Serialize(includeSignature: false);

    public AuditCheckpoint SignWith(AuditSigningKey key)
    {
        var unsigned = this with { KeyId = key.KeyId, Signature = "" };
        return unsigned with { Signature = Convert.ToBase64String(key.Sign(unsigned.SignedPayload())) };
    }

    /// <summary>Why the checkpoint is not authentic, or null when <paramref name="key"/> signed exactly this content.</summary>
    public string? CheckSignature(AuditPublicKey key)
    {
        if (!string.Equals(KeyId, key.KeyId, StringComparison.Ordinal))
        {
            return $"checkpoint at seq {Seq} is signed by key {KeyId}, not by the trusted key {key.KeyId}";
        }

        Span<byte> signature = stackalloc byte[96];
        return Convert.TryFromBase64String(Signature, signature, out var length) && key.Verify(SignedPayload(), signature[..length])
            ? null
            : $"checkpoint at seq {Seq} has an invalid signature";
    }

    /// <summary>The stored line (no newline).</summary>
    public byte[] ToLine() => Serialize(includeSignature: true);

    public static AuditCheckpoint Parse(ReadOnlySpan<byte> line)
    {
        using var document = JsonDocument.Parse(line.ToArray());
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || root.GetProperty("type").GetString() != "checkpoint")
        {
            throw new FormatException("not a checkpoint line");
        }

        return new AuditCheckpoint(
            root.GetProperty("stream").GetString() ?? throw new FormatException("checkpoint without stream"),
            root.GetProperty("seq").GetInt64(),
            root.GetProperty("fromSeq").GetInt64(),
            root.GetProperty("headHash").GetString() ?? "",
            root.GetProperty("merkleRoot").GetString() ?? "",
            root.GetProperty("time").GetString() ?? "",
            root.GetProperty("keyId").GetString() ?? "",
            root.GetProperty("signature").GetString() ?? "");
    }

    public static bool TryParse(ReadOnlySpan<byte> line, out AuditCheckpoint? checkpoint)
    {
        try
        {
            checkpoint = Parse(line);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            checkpoint = null;
            return false;
        }
    }

    private byte[] Serialize(bool includeSignature)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "checkpoint");
            writer.WriteString("stream"u8, Stream);
            writer.WriteNumber("seq"u8, Seq);
            writer.WriteNumber("fromSeq"u8, FromSeq);
            writer.WriteString("headHash"u8, HeadHash);
            writer.WriteString("merkleRoot"u8, MerkleRoot);
            writer.WriteString("time"u8, Time);
            writer.WriteString("keyId"u8, KeyId);
            if (includeSignature)
            {
                writer.WriteString("signature"u8, Signature);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
