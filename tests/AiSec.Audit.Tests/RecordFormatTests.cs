using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Chain;
using AiSec.Shared.Audit.Records;

namespace AiSec.Audit.Tests;

public sealed class RecordFormatTests
{
    [Fact]
    public void Hash_is_sha256_of_the_canonical_form_without_the_hash_member()
    {
        var line = WriteOne(new AuditEvent("risk", "risk-engine", "score", "asset-1", "raised", new JsonObject { ["b"] = 2, ["a"] = "x" }), 7);

        using var doc = JsonDocument.Parse(line);
        var withoutHash = line[..line.IndexOf(",\"hash\"", StringComparison.Ordinal)] + "}";
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(withoutHash)));
        Assert.Equal(expected, doc.RootElement.GetProperty("hash").GetString());
        Assert.Equal(7, doc.RootElement.GetProperty("seq").GetInt64());
        Assert.Equal(AuditHash.GenesisHex, doc.RootElement.GetProperty("prevHash").GetString());
        Assert.True(AuditLine.TryParseRecord(Encoding.UTF8.GetBytes(line), out var fields, out var error), error);
        Assert.Equal(7, fields.Seq);
    }

    [Fact]
    public void Canonical_form_fixes_member_order_and_sorts_details_keys_at_every_depth()
    {
        var line = WriteOne(new AuditEvent("admin", "alice", "approve", "playbook-1", "ok",
            new JsonObject { ["z"] = 1, ["a"] = new JsonObject { ["y"] = true, ["b"] = JsonValue.Create("<&>") } }), 1);

        Assert.StartsWith("{\"stream\":\"admin\",\"seq\":1,\"time\":\"2026-11-23T01:02:03.0000000Z\",\"actor\":\"alice\",\"action\":\"approve\",", line, StringComparison.Ordinal);
        Assert.Contains("\"details\":{\"a\":{\"b\":\"<&>\",\"y\":true},\"z\":1},\"prevHash\":", line, StringComparison.Ordinal);
        Assert.DoesNotContain(' ', line);
    }

    [Fact]
    public void Same_event_gives_the_same_bytes_whatever_the_details_insertion_order()
    {
        var first = WriteOne(new AuditEvent("risk", "a", "b", "c", "d", new JsonObject { ["x"] = 1, ["y"] = 2 }), 3);
        var second = WriteOne(new AuditEvent("risk", "a", "b", "c", "d", new JsonObject { ["y"] = 2, ["x"] = 1 }), 3);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Merkle_root_matches_rfc6962_for_uneven_leaf_counts()
    {
        var leaves = Enumerable.Range(0, 5).Select(i => SHA256.HashData([(byte)i])).ToArray();
        var builder = new MerkleBuilder();
        foreach (var leaf in leaves)
        {
            builder.Add(leaf);
        }

        // RFC 6962: MTH(5) = H(1 || MTH(first 4) || MTH(last 1)).
        static byte[] Leaf(byte[] h) => SHA256.HashData([0, .. h]);
        static byte[] Node(byte[] l, byte[] r) => SHA256.HashData([1, .. l, .. r]);
        var expected = Node(Node(Node(Leaf(leaves[0]), Leaf(leaves[1])), Node(Leaf(leaves[2]), Leaf(leaves[3]))), Leaf(leaves[4]));
        Assert.Equal(expected, builder.Root());
    }

    [Theory]
    [InlineData("Guardrail")]
    [InlineData("a/b")]
    [InlineData("")]
    [InlineData("-x")]
    public void Rejects_stream_names_that_are_not_path_safe(string stream) =>
        Assert.False(AuditRecordFormat.IsValidStreamName(stream));

    private static string WriteOne(AuditEvent auditEvent, long seq)
    {
        var body = AuditRecordFormat.EncodeBody(auditEvent, new DateTimeOffset(2026, 11, 23, 1, 2, 3, TimeSpan.Zero));
        var buffer = new GrowableBuffer();
        AuditRecordFormat.WriteLine(buffer, auditEvent.Stream, seq, body, new byte[AuditHash.Size], new byte[AuditHash.Size]);
        return Encoding.UTF8.GetString(buffer.WrittenSpan).TrimEnd('\n');
    }
}
