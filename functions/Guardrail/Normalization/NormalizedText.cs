namespace AiSec.Guardrail.Normalization;

/// <summary>
/// Text as the detectors see it, with a map back to the caller's original text so every span is reported against
/// what the caller sent.
/// </summary>
public sealed class NormalizedText(string original, string text, int[] originalIndex, IReadOnlyList<DecodedSegment> decoded)
{
    public string Original => original;

    /// <summary>NFKC, without invisible controls, confusables and leetspeak folded, whitespace collapsed.</summary>
    public string Text => text;

    /// <summary>Hidden content found inside the text (base64, hex, URL-encoding, ROT13, reversed), already normalized.</summary>
    public IReadOnlyList<DecodedSegment> Decoded => decoded;

    /// <summary>Maps a span of <see cref="Text"/> to the span of the original text it came from.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (originalIndex.Length == 0)
        {
            return (0, 0);
        }

        var s = originalIndex[Math.Clamp(start, 0, originalIndex.Length - 1)];
        var e = end <= 0 ? s : originalIndex[Math.Clamp(end - 1, 0, originalIndex.Length - 1)] + 1;
        return (s, Math.Min(Math.Max(e, s), original.Length));
    }
}

/// <param name="Text">The decoded, normalized content.</param>
/// <param name="Start">Start of the encoded segment in the original text.</param>
/// <param name="End">End (exclusive) of the encoded segment in the original text.</param>
/// <param name="Encoding">base64, hex, url, rot13 or reversed.</param>
public sealed record DecodedSegment(string Text, int Start, int End, string Encoding);
