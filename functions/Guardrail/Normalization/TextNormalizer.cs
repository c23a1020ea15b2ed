using System.Globalization;
using System.Runtime.InteropServices;
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

    /// <summary>
    /// Stands for a run of two or more whitespace characters until spaced-out letters are joined: "i g n o r e   a l l"
    /// uses the wider gap between words, which must survive as a word break ("ignore all", not "ignoreall").
    /// </summary>
    private const char WideGap = '\u0001';

    public static NormalizedText Normalize(string original) => Normalize(original, 0);

    private static NormalizedText Normalize(string original, int depth)
    {
        var (chars, map) = FoldCharacters(original);
        Confusables.FoldInLatinWords(CollectionsMarshal.AsSpan(chars));
        JoinSpacedLetters(chars, map);
        JoinHyphenatedWords(chars, map);
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
                else if (chars.Count > 0 && chars[^1] == ' ')
                {
                    chars[^1] = WideGap;
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

        if (chars.Count > 0 && chars[^1] is ' ' or WideGap)
        {
            chars.RemoveAt(chars.Count - 1);
            map.RemoveAt(map.Count - 1);
        }

        return (chars, map);
    }

    /// <summary>Zero-width characters, bidi controls, soft hyphens, variation selectors and other format controls.</summary>
    public static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u034F' or '\u061C' or '\u180E' or '\uFEFF'
        || c is >= '\u200B' and <= '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2060' and <= '\u206F'
        || c is >= '\uFE00' and <= '\uFE0F'
        || (char.GetUnicodeCategory(c) == UnicodeCategory.Format && c > 0x7F);

    /// <summary>
    /// "i g n o r e" / "i-g-n-o-r-e" → "ignore": runs of at least four single letters joined by one separator, and
    /// shorter runs ("a l l") that sit next to such a run across a word gap, the way spaced-out sentences are written.
    /// A word gap is a wide space between space-separated letters, or a plain space between letters joined by another
    /// separator ("i-g-n-o-r-e a-l-l"). Separators are marked first and removed in one pass, so the work stays linear.
    /// </summary>
    private static void JoinSpacedLetters(List<char> chars, List<int> map)
    {
        var runs = new List<(int Start, int End, int Letters, char Separator)>();
        for (var start = 0; start < chars.Count; start++)
        {
            if (!IsSingleLetterAt(chars, start))
            {
                continue;
            }

            var end = start;
            var letters = 1;
            var separator = start + 1 < chars.Count ? chars[start + 1] : ' ';
            while (end + 2 < chars.Count && IsSeparator(chars[end + 1]) && SameSeparator(chars[end + 1], separator) && IsSingleLetterAt(chars, end + 2))
            {
                end += 2;
                letters++;
            }

            if (letters >= 2)
            {
                runs.Add((start, end, letters, separator));
            }

            start = end;
        }

        var join = runs.Select(r => r.Letters >= 4).ToArray();
        for (var pass = 0; pass < 2; pass++)
        {
            // Forward then backward, so a short run between long ones is reached from either side.
            for (var k = 0; k < runs.Count; k++)
            {
                var i = pass == 0 ? k : runs.Count - 1 - k;
                var neighbour = pass == 0 ? i - 1 : i + 1;
                if (!join[i] && neighbour >= 0 && neighbour < runs.Count && join[neighbour] && AcrossWordGap(chars, runs[i], runs[neighbour]))
                {
                    join[i] = true;
                }
            }
        }

        var drop = new bool[chars.Count];
        for (var r = 0; r < runs.Count; r++)
        {
            for (var i = runs[r].End - 1; join[r] && i > runs[r].Start; i -= 2)
            {
                drop[i] = true;
            }
        }

        RemoveDropped(chars, map, drop);
    }

    /// <summary>
    /// "ig-nore prev-ious in-struc-tions" → "ignore previous instructions": a word broken by hyphens is joined when
    /// the whole is a common word, so "e-mail" joins and "follow-up" or "x-ray" stay as written.
    /// </summary>
    private static void JoinHyphenatedWords(List<char> chars, List<int> map)
    {
        if (!chars.Contains('-'))
        {
            return;
        }

        bool[]? drop = null;
        var hyphens = new List<int>();
        var word = new StringBuilder();
        var start = 0;
        while (start < chars.Count)
        {
            if (!char.IsLetter(chars[start]) || (start > 0 && char.IsLetterOrDigit(chars[start - 1])))
            {
                start++;
                continue;
            }

            var end = start;
            hyphens.Clear();
            word.Clear();
            while (end < chars.Count && (char.IsLetter(chars[end]) || (chars[end] == '-' && end + 1 < chars.Count && char.IsLetter(chars[end + 1]) && char.IsLetter(chars[end - 1]))))
            {
                if (chars[end] == '-')
                {
                    hyphens.Add(end);
                }
                else
                {
                    word.Append(chars[end]);
                }

                end++;
            }

            if (hyphens.Count > 0 && (end == chars.Count || !char.IsDigit(chars[end])) && EnglishWords.IsCommon(word.ToString()))
            {
                drop ??= new bool[chars.Count];
                foreach (var hyphen in hyphens)
                {
                    drop[hyphen] = true;
                }
            }

            start = end + 1;
        }

        if (drop is not null)
        {
            RemoveDropped(chars, map, drop);
        }
    }

    /// <summary>
    /// Removes the marked characters in one pass (one by one would be quadratic on a long text) and turns the wide
    /// gaps that only <see cref="JoinSpacedLetters"/> reads back into plain spaces.
    /// </summary>
    private static void RemoveDropped(List<char> chars, List<int> map, bool[] drop)
    {
        var kept = 0;
        for (var i = 0; i < chars.Count; i++)
        {
            if (!drop[i])
            {
                chars[kept] = chars[i] == WideGap ? ' ' : chars[i];
                map[kept] = map[i];
                kept++;
            }
        }

        chars.RemoveRange(kept, chars.Count - kept);
        map.RemoveRange(kept, map.Count - kept);
    }

    private static bool AcrossWordGap(List<char> chars, (int Start, int End, int Letters, char Separator) a, (int Start, int End, int Letters, char Separator) b)
    {
        var (left, right) = a.Start < b.Start ? (a, b) : (b, a);
        if (right.Start != left.End + 2)
        {
            return false;
        }

        var gap = chars[left.End + 1];
        return gap == WideGap || (gap == ' ' && left.Separator == right.Separator && left.Separator is not (' ' or WideGap));
    }

    /// <summary>A space and a wide gap are one kind of separator; any other separator must repeat exactly.</summary>
    private static bool SameSeparator(char c, char separator) =>
        c == separator || (c is ' ' or WideGap && separator is ' ' or WideGap);

    private static bool IsSingleLetterAt(List<char> chars, int i) =>
        char.IsLetter(chars[i])
        && (i == 0 || !char.IsLetterOrDigit(chars[i - 1]))
        && (i + 1 >= chars.Count || !char.IsLetterOrDigit(chars[i + 1]));

    private static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '_' or '*' or '/' or '|';

    /// <summary>
    /// Maps leetspeak inside words that mix letters with digits or symbols. A word needs two letters to count on its
    /// own ("1gn0r3"); in text where at least two words already do, short and digit-heavy words count too
    /// ("7h3", "m3", "1n1714l"), which on their own would also match ordinary tokens such as "i7" or "3D".
    /// </summary>
    private static void MapLeetspeak(List<char> chars)
    {
        // Two passes over the words instead of a list of them: this runs on every request.
        var strictWords = 0;
        for (var start = 0; start < chars.Count && strictWords < 2;)
        {
            var (_, wordEnd, letters, leet) = NextWord(chars, start);
            strictWords += IsLeetWord(letters, leet, strict: true) ? 1 : 0;
            start = wordEnd;
        }

        var leetText = strictWords >= 2;
        for (var start = 0; start < chars.Count;)
        {
            var (wordStart, wordEnd, letters, leet) = NextWord(chars, start);
            if (IsLeetWord(letters, leet, strict: !leetText))
            {
                for (var i = wordStart; i < wordEnd; i++)
                {
                    // Keep trailing punctuation such as "!" at the end of a word; map only inside the word.
                    var inside = i > wordStart && i < wordEnd - 1 && char.IsLetterOrDigit(chars[i + 1]);
                    if ((char.IsDigit(chars[i]) || inside) && Leetspeak.Letter(chars[i]) is { } letter)
                    {
                        chars[i] = letter;
                    }
                }
            }

            start = wordEnd;
        }
    }

    private static bool IsLeetWord(int letters, int leet, bool strict) =>
        strict ? letters >= 2 && leet >= 1 && leet <= letters + 2 : letters >= 1 && leet >= 1 && leet <= letters + 5;

    /// <summary>The next word from <paramref name="from"/>: where it starts and ends, its letters and its leet characters.</summary>
    private static (int Start, int End, int Letters, int Leet) NextWord(List<char> chars, int from)
    {
        var start = from;
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

        return (start, end, letters, leet);
    }
}
