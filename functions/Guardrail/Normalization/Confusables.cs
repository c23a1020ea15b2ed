using System.Collections.Frozen;

namespace AiSec.Guardrail.Normalization;

/// <summary>
/// Characters that look like Latin letters (Cyrillic, Greek, fullwidth survivors of NFKC, symbols) folded to the
/// letter they imitate. A hand-picked subset of Unicode's confusables.txt: the full table is not shipped by any
/// package available here, and these cover the homoglyphs attackers actually use in prompts.
/// </summary>
internal static class Confusables
{
    private static readonly FrozenDictionary<char, char> Map = new Dictionary<char, char>
    {
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p',
        ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['ԁ'] = 'd',
        ['ԛ'] = 'q', ['ԝ'] = 'w', ['ɡ'] = 'g', ['ʏ'] = 'y', ['ɪ'] = 'i', ['ᴀ'] = 'a', ['ᴇ'] = 'e', ['ᴏ'] = 'o',
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C',
        ['Т'] = 'T', ['У'] = 'Y', ['Х'] = 'X', ['Ѕ'] = 'S', ['І'] = 'I', ['Ј'] = 'J',
        ['α'] = 'a', ['ο'] = 'o', ['ρ'] = 'p', ['ε'] = 'e', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['τ'] = 't', ['υ'] = 'u',
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N', ['Ο'] = 'O',
        ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X', ['Ζ'] = 'Z',
        ['ı'] = 'i', ['ℓ'] = 'l', ['‐'] = '-', ['‑'] = '-', ['‒'] = '-', ['–'] = '-', ['—'] = '-', ['‘'] = '\'', ['’'] = '\'',
        ['“'] = '"', ['”'] = '"', ['❮'] = '<', ['❯'] = '>',
    }.ToFrozenDictionary();

    /// <summary>Small capitals ("ɪɢɴᴏʀᴇ"): phonetic letters no language writes words in, so a word of them is always folded.</summary>
    private static readonly FrozenDictionary<char, char> SmallCapitals = new Dictionary<char, char>
    {
        ['ᴀ'] = 'a', ['ʙ'] = 'b', ['ᴄ'] = 'c', ['ᴅ'] = 'd', ['ᴇ'] = 'e', ['ꜰ'] = 'f', ['ɢ'] = 'g', ['ʜ'] = 'h', ['ɪ'] = 'i',
        ['ᴊ'] = 'j', ['ᴋ'] = 'k', ['ʟ'] = 'l', ['ᴍ'] = 'm', ['ɴ'] = 'n', ['ᴏ'] = 'o', ['ᴘ'] = 'p', ['ǫ'] = 'q', ['ʀ'] = 'r',
        ['ꜱ'] = 's', ['ᴛ'] = 't', ['ᴜ'] = 'u', ['ᴠ'] = 'v', ['ᴡ'] = 'w', ['ʏ'] = 'y', ['ᴢ'] = 'z',
    }.ToFrozenDictionary();

    public static char Fold(char c) => c < 0x80 ? c : Map.TryGetValue(c, out var folded) ? folded : SmallCapitals.GetValueOrDefault(c, c);

    /// <summary>
    /// "ignоre" with a Cyrillic о → "ignore": lookalikes are folded only in words that also hold Latin letters, so
    /// genuine Russian or Greek text keeps its letters (and its own rules still match it). A Turkish word is Latin
    /// with a dotless ı, so it is folded too ("kuralları" → "kurallari"): rule words pass through here as well. A word
    /// written all in small capitals is folded whatever else it holds.
    /// </summary>
    public static void FoldInLatinWords(Span<char> chars)
    {
        var start = 0;
        while (start < chars.Length)
        {
            var end = start;
            var latin = false;
            var foreign = false;
            var smallCapitals = true;
            while (end < chars.Length && char.IsLetter(chars[end]))
            {
                latin |= chars[end] < 0x80;
                foreign |= chars[end] >= 0x80 && Fold(chars[end]) != chars[end];
                smallCapitals &= SmallCapitals.ContainsKey(chars[end]);
                end++;
            }

            if ((latin && foreign) || (smallCapitals && end > start))
            {
                for (var i = start; i < end; i++)
                {
                    chars[i] = Fold(chars[i]);
                }
            }

            start = end == start ? start + 1 : end;
        }
    }

    public static string FoldInLatinWords(string text)
    {
        var chars = text.ToCharArray();
        FoldInLatinWords(chars);
        return new string(chars);
    }
}
