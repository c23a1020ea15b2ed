namespace AiSec.Shared.Audit.Chain;

/// <summary>SHA-256 digests as the log writes them: 64 lower-case hex characters; the genesis prevHash is 64 zeros.</summary>
public static class AuditHash
{
    public const int Size = 32;
    public const int HexLength = 64;

    public static readonly string GenesisHex = new('0', HexLength);

    private static ReadOnlySpan<byte> HexDigits => "0123456789abcdef"u8;

    public static void WriteHex(ReadOnlySpan<byte> hash, Span<byte> destination)
    {
        for (var i = 0; i < hash.Length; i++)
        {
            destination[2 * i] = HexDigits[hash[i] >> 4];
            destination[(2 * i) + 1] = HexDigits[hash[i] & 0xF];
        }
    }

    public static string ToHex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);

    /// <summary>Decodes lower-case hex only: the stored form is canonical, so upper case is a modification.</summary>
    public static bool TryParseHex(ReadOnlySpan<byte> hex, Span<byte> destination)
    {
        if (hex.Length != HexLength || destination.Length < Size)
        {
            return false;
        }

        for (var i = 0; i < Size; i++)
        {
            var hi = Nibble(hex[2 * i]);
            var lo = Nibble(hex[(2 * i) + 1]);
            if ((hi | lo) < 0)
            {
                return false;
            }

            destination[i] = (byte)((hi << 4) | lo);
        }

        return true;
    }

    private static int Nibble(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        _ => -1,
    };
}
