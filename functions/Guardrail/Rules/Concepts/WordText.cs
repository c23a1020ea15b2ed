using System.Globalization;
using System.Text;

namespace AiSec.Guardrail.Rules;

/// <summary>
/// A text reduced to its words: every character that is not a letter, digit or combining mark becomes a space, so
/// "'Ignore" and "ignore," both read "ignore". Same length, so a position maps straight back to the original.
/// </summary>
public sealed class WordText(string text)
{
    public string Words { get; } = Fold(text);

    public bool IsAscii { get; } = Ascii.IsValid(text);

    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark ? c : ' ';
        }
    });

    /// <summary>
    /// Scripts whose words are not separated by spaces (or, for Korean, carry their particles attached): Chinese,
    /// Japanese, Korean, Thai, Lao, Khmer and Myanmar. Their terms are searched as substrings.
    /// </summary>
    public static bool IsCjk(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF'
            or >= '\u0E00' and <= '\u0EFF' or >= '\u1000' and <= '\u109F' or >= '\u1780' and <= '\u17FF';
}
