namespace AiSec.Guardrail.Normalization;

/// <summary>
/// The words of a text, each marked as common English as written, or common English once decoded (reversed, or
/// ROT13): what finds an encoded sentence inside ordinary text.
/// </summary>
internal static class EncodedWords
{
    /// <param name="ReadsReversed">Common English when its letters are reversed.</param>
    /// <param name="ReadsRot13">Common English after ROT13.</param>
    public readonly record struct Word(int Start, int End, bool ReadsAsWritten, bool ReadsReversed, bool ReadsRot13);

    public static void Reversed(ReadOnlySpan<char> word, Span<char> decoded)
    {
        word.CopyTo(decoded);
        decoded.Reverse();
    }

    public static void Rot13(ReadOnlySpan<char> word, Span<char> decoded)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            decoded[i] = c switch
            {
                >= 'a' and <= 'z' => (char)('a' + ((c - 'a' + 13) % 26)),
                >= 'A' and <= 'Z' => (char)('A' + ((c - 'A' + 13) % 26)),
                _ => c,
            };
        }
    }

    /// <summary>One pass for both encodings, so the text's words are read and listed once.</summary>
    public static List<Word> Words(string text)
    {
        var words = new List<Word>();
        Span<char> buffer = stackalloc char[32];
        var position = 0;
        while (position < text.Length)
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }

            var start = position;
            while (position < text.Length && text[position] != ' ')
            {
                position++;
            }

            if (position > start)
            {
                var letters = Letters(text.AsSpan(start, position - start));
                var asWritten = letters.Length > 0 && EnglishWords.IsCommon(letters);
                bool reversed = false, rot13 = false;
                if (letters.Length is > 1 and <= 32 && !asWritten)
                {
                    var decoded = buffer[..letters.Length];
                    Reversed(letters, decoded);
                    reversed = EnglishWords.IsCommon(decoded);
                    Rot13(letters, decoded);
                    rot13 = EnglishWords.IsCommon(decoded);
                }

                words.Add(new Word(start, position, asWritten, reversed, rot13));
            }
        }

        return words;
    }

    /// <summary>The word without the punctuation around it (".enil" is "enil").</summary>
    private static ReadOnlySpan<char> Letters(ReadOnlySpan<char> token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && !char.IsLetterOrDigit(token[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(token[end - 1]))
        {
            end--;
        }

        return token[start..end];
    }
}
