using System.Text;
using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Normalization;

/// <summary>Finds content hidden behind an encoding so it is scanned too; spans point at the encoded original.</summary>
internal static partial class HiddenContent
{
    private const int MaxSegments = 16;
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static IReadOnlyList<DecodedSegment> Find(string original, string normalized, int[] map, Func<string, string> normalize)
    {
        var found = new List<DecodedSegment>();
        foreach (Match m in Base64().Matches(original))
        {
            if (found.Count < MaxSegments && TryBase64(m.Value, out var text))
            {
                found.Add(new(normalize(text), m.Index, m.Index + m.Length, "base64"));
            }
        }

        foreach (Match m in Hex().Matches(original))
        {
            if (found.Count < MaxSegments && TryHex(m.Value, out var text))
            {
                found.Add(new(normalize(text), m.Index, m.Index + m.Length, "hex"));
            }
        }

        foreach (Match m in UrlEncoded().Matches(original))
        {
            if (found.Count < MaxSegments && TryUrl(m.Value, out var text))
            {
                found.Add(new(normalize(text), m.Index, m.Index + m.Length, "url"));
            }
        }

        AddIfMoreEnglish(found, normalized, map, original.Length, Rot13(normalized), "rot13", normalize);
        AddIfMoreEnglish(found, normalized, map, original.Length, Reverse(normalized), "reversed", normalize);
        if (normalized.Length >= 12 && !found.Any(f => f.Encoding is "rot13" or "reversed"))
        {
            var words = EncodedWords.Words(normalized);
            AddEncodedRuns(found, words, normalized, map, normalize, "rot13", w => w.ReadsRot13, Rot13);
            AddEncodedRuns(found, words, normalized, map, normalize, "reversed", w => w.ReadsReversed, Reverse);
        }

        return found;
    }

    /// <summary>
    /// An encoded sentence inside ordinary text ("What does this mean? .enil siht evoba gnihtyreve ...", or a ROT13
    /// line after an English one): a run of words that read as common English once decoded, widened to the
    /// neighbouring words that are not English as written. Skipped when the whole text already decoded one of these ways.
    /// </summary>
    private static void AddEncodedRuns(
        List<DecodedSegment> found, List<EncodedWords.Word> words, string normalized, int[] map, Func<string, string> normalize, string encoding,
        Func<EncodedWords.Word, bool> readsDecoded, Func<string, string> decode)
    {
        var i = 0;
        while (i < words.Count && found.Count < MaxSegments)
        {
            if (!readsDecoded(words[i]))
            {
                i++;
                continue;
            }

            // A run: decoded-English words no more than three words apart.
            int first = i, last = i, count = 1;
            for (var j = i + 1; j < words.Count && j - last <= 3; j++)
            {
                if (readsDecoded(words[j]))
                {
                    last = j;
                    count++;
                }
            }

            if (count >= 3)
            {
                while (first > 0 && !words[first - 1].ReadsAsWritten)
                {
                    first--;
                }

                while (last + 1 < words.Count && !words[last + 1].ReadsAsWritten)
                {
                    last++;
                }

                var start = words[first].Start;
                var end = words[last].End;
                found.Add(new(normalize(decode(normalized[start..end])), map[start], map[end - 1] + 1, encoding));
            }

            i = last + 1;
        }
    }

    private static void AddIfMoreEnglish(
        List<DecodedSegment> found, string normalized, int[] map, int originalLength, string candidate, string encoding, Func<string, string> normalize)
    {
        if (normalized.Length < 12 || normalized.Length > 20_000)
        {
            return;
        }

        var before = EnglishWords.Ratio(normalized);
        var after = EnglishWords.Ratio(candidate);
        if (after >= 0.3 && after > before + 0.2)
        {
            var start = map.Length > 0 ? map[0] : 0;
            found.Add(new(normalize(candidate), start, originalLength, encoding));
        }
    }

    private static bool TryBase64(string value, out string text)
    {
        text = "";
        var compact = value.Replace('-', '+').Replace('_', '/').TrimEnd('=');
        var padded = compact.PadRight(compact.Length + ((4 - (compact.Length % 4)) % 4), '=');
        var bytes = new byte[padded.Length / 4 * 3];
        if (!Convert.TryFromBase64String(padded, bytes, out var written))
        {
            return false;
        }

        return TryText(bytes.AsSpan(0, written), out text);
    }

    private static bool TryHex(string value, out string text)
    {
        text = "";
        var digits = new string(value.Where(Uri.IsHexDigit).ToArray());
        if (digits.Length % 2 != 0)
        {
            return false;
        }

        return TryText(Convert.FromHexString(digits), out text);
    }

    private static bool TryUrl(string value, out string text)
    {
        text = Uri.UnescapeDataString(value);
        return text != value && Printable(text);
    }

    private static bool TryText(ReadOnlySpan<byte> bytes, out string text)
    {
        text = "";
        if (bytes.Length < 6)
        {
            return false;
        }

        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return Printable(text) && text.Count(char.IsLetter) * 2 >= text.Length;
    }

    private static bool Printable(string text) => text.Length > 0 && text.Count(c => !char.IsControl(c) || c is '\n' or '\r' or '\t') * 10 >= text.Length * 9;

    private static string Rot13(string text) => string.Create(text.Length, text, static (span, source) => EncodedWords.Rot13(source, span));

    private static string Reverse(string text) => string.Create(text.Length, text, static (span, source) => EncodedWords.Reversed(source, span));

    [GeneratedRegex(@"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Base64();

    [GeneratedRegex(@"(?<![0-9A-Fa-f])[0-9A-Fa-f]{2}(?:[ :]?[0-9A-Fa-f]{2}){7,}(?![0-9A-Fa-f])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Hex();

    // Starts only at a token's start and never gives back a run of plain characters: the older
    // "(?:[^\s%]*%XX){3,}" backtracked quadratically over one long token (a base64 blob) and timed out.
    [GeneratedRegex(@"(?<![^\s%])(?>[^\s%]*)(?:%[0-9A-Fa-f]{2}(?>[^\s%]*)){3,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex UrlEncoded();
}
