using System.Security.Cryptography;

namespace AiSec.Shared.Audit.Chain;

/// <summary>
/// Streaming Merkle tree hash over record hashes, equal to RFC 6962's MTH: leaf = SHA-256(0x00 || recordHash),
/// node = SHA-256(0x01 || left || right), the left subtree holding the largest power of two of the leaves. Built with
/// a stack of perfect-subtree roots (O(log n) memory), so writers and the offline verifier need not keep the leaves.
/// The root of zero leaves is SHA-256 of the empty string.
/// </summary>
public sealed class MerkleBuilder
{
    private readonly List<(int Height, byte[] Hash)> _peaks = [];

    public long Count { get; private set; }

    public void Add(ReadOnlySpan<byte> recordHash)
    {
        Span<byte> input = stackalloc byte[1 + AuditHash.Size];
        input[0] = 0;
        recordHash.CopyTo(input[1..]);
        var node = SHA256.HashData(input);
        var height = 0;
        while (_peaks.Count > 0 && _peaks[^1].Height == height)
        {
            node = Parent(_peaks[^1].Hash, node);
            _peaks.RemoveAt(_peaks.Count - 1);
            height++;
        }

        _peaks.Add((height, node));
        Count++;
    }

    public byte[] Root()
    {
        if (_peaks.Count == 0)
        {
            return SHA256.HashData(ReadOnlySpan<byte>.Empty);
        }

        // Fold from the right: MTH puts the larger perfect subtree on the left at every level.
        var root = _peaks[^1].Hash;
        for (var i = _peaks.Count - 2; i >= 0; i--)
        {
            root = Parent(_peaks[i].Hash, root);
        }

        return root;
    }

    public void Reset()
    {
        _peaks.Clear();
        Count = 0;
    }

    private static byte[] Parent(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> input = stackalloc byte[1 + (2 * AuditHash.Size)];
        input[0] = 1;
        left.CopyTo(input[1..]);
        right.CopyTo(input[(1 + AuditHash.Size)..]);
        return SHA256.HashData(input);
    }
}
