using System.Globalization;
using System.Text;

namespace AiSec.Guardrail.Normalization;

/// <summary>
/// Stage 1 of the pipeline: undoes the disguises attackers use so rules and the classifier see plain text (NFKC,
/// invisible and bidi controls removed, homoglyphs and leetspeak folded, spaced-out letters joined, whitespace
/// collapsed) and surfaces hidden content (base64, hex, URL-encoded, ROT13, reversed) for a second look.
/// </summary>
public static class TextNormalizer
{
    private const int MaxDecodeDepth = 2;

    public static NormalizedText Normalize(string original) => Normalize(original, 0);

    private static NormalizedText Normalize(string original, int depth)
    {
        var (chars, map) = FoldCharacters(original);
        FoldConfusablesInLatinWords(chars);
        JoinSpacedLetters(chars, map);
        MapLeetspeak(chars);
        var text = new string(chars.ToArray());
        var decoded = depth < MaxDecodeDepth ? HiddenContent.Find(original, text, map.ToArray(), s => Normalize(s, depth + 1).Text) : [];
        return new NormalizedText(original, text, map.ToArray(), decoded);
    }

    private static (List<char> Chars, List<int> Map) FoldCharacters(string original)
    {
        var chars = new List<char>(original.Length);
        var map = new List<int>(original.Length);
        var lastWasSpace = true;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    chars.Add(' ');
                    map.Add(i);
                    lastWasSpace = true;
                }

                continue;
            }

            if (c < 0x80)
            {
                chars.Add(c);
                map.Add(i);
                lastWasSpace = false;
                continue;
            }

            // Compatibility forms (fullwidth, ligatures, mathematical letters, which are surrogate pairs) → NFKC.
            var width = char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]) ? 2 : 1;
            // A lone surrogate (legal in a JSON string) makes Normalize throw, which would fail the whole check.
            var folded = width == 1 && char.IsSurrogate(c) ? "�" : original.AsSpan(i, width).ToString().Normalize(NormalizationForm.FormKC);
            foreach (var f in folded)
            {
                if (IsInvisible(f))
                {
                    continue;
                }

                chars.Add(char.IsWhiteSpace(f) ? ' ' : f);
                map.Add(i);
            }

            lastWasSpace = folded.Length > 0 && char.IsWhiteSpace(folded[^1]);
            i += width - 1;
        }

        if (chars.Count > 0 && chars[^1] == ' ')
        {
            chars.RemoveAt(chars.Count - 1);
            map.RemoveAt(map.Count - 1);
        }

        return (chars, map);
    }

    /// <summary>
    /// "ignоre" with a Cyrillic о → "ignore": lookalikes are folded only in words that also hold Latin letters, so
    /// genuine Russian or Greek text keeps its letters (and its own rules still match it).
    /// </summary>
    private static void FoldConfusablesInLatinWords(List<char> chars)
    {
        var start = 0;
        while (start < chars.Count)
        {
            var end = start;
            var latin = false;
            var foreign = false;
            while (end < chars.Count && char.IsLetter(chars[end]))
            {
                latin |= chars[end] < 0x80;
                foreign |= chars[end] >= 0x80 && Confusables.Fold(chars[end]) != chars[end];
                end++;
            }

            if (latin && foreign)
            {
                for (var i = start; i < end; i++)
                {
                    chars[i] = Confusables.Fold(chars[i]);
                }
            }

            start = end == start ? start + 1 : end;
        }
    }

    /// <summary>Zero-width characters, bidi controls, soft hyphens, variation selectors and other format controls.</summary>
    public static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u034F' or '\u061C' or '\u180E' or '\uFEFF'
        || c is >= '\u200B' and <= '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2060' and <= '\u206F'
        || c is >= '\uFE00' and <= '\uFE0F'
        || (char.GetUnicodeCategory(c) == UnicodeCategory.Format && c > 0x7F);

    /// <summary>"i g n o r e" / "i-g-n-o-r-e" → "ignore": runs of at least four single letters joined by one separator.</summary>
    private static void JoinSpacedLetters(List<char> chars, List<int> map)
    {
        for (var start = 0; start < chars.Count; start++)
        {
            if (!IsSingleLetterAt(chars, start))
            {
                continue;
            }

            var end = start;
            var letters = 1;
            while (end + 2 < chars.Count && IsSeparator(chars[end + 1]) && IsSingleLetterAt(chars, end + 2))
            {
                end += 2;
                letters++;
            }

            if (letters >= 4)
            {
                for (var i = end - 1; i > start; i -= 2)
                {
                    chars.RemoveAt(i);
                    map.RemoveAt(i);
                }

                start += letters - 1;
            }
            else
            {
                start = end;
            }
        }
    }

    private static bool IsSingleLetterAt(List<char> chars, int i) =>
        char.IsLetter(chars[i])
        && (i == 0 || !char.IsLetterOrDigit(chars[i - 1]))
        && (i + 1 >= chars.Count || !char.IsLetterOrDigit(chars[i + 1]));

    private static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '_' or '*' or '/' or '|';

    private static void MapLeetspeak(List<char> chars)
    {
        var start = 0;
        while (start < chars.Count)
        {
            while (start < chars.Count && chars[start] == ' ')
            {
                start++;
            }

            var end = start;
            int letters = 0, leet = 0;
            while (end < chars.Count && chars[end] != ' ')
            {
                if (char.IsLetter(chars[end]))
                {
                    letters++;
                }
                else if (Leetspeak.Letter(chars[end]) is not null)
                {
                    leet++;
                }

                end++;
            }

            if (letters >= 2 && leet >= 1 && leet <= letters + 2)
            {
                for (var i = start; i < end; i++)
                {
                    // Keep trailing punctuation such as "!" at the end of a word; map only inside the word.
                    var inside = i > start && i < end - 1 && char.IsLetterOrDigit(chars[i + 1]);
                    if ((char.IsDigit(chars[i]) || inside) && Leetspeak.Letter(chars[i]) is { } letter)
                    {
                        chars[i] = letter;
                    }
                }
            }

            start = end;
        }
    }
}
