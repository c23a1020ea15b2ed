namespace AiSec.Guardrail.Normalization;

/// <summary>The words of a text with whether each is common English forwards, backwards, or neither.</summary>
internal static class ReversedWords
{
    public readonly record struct Word(int Start, int End, bool ReadsForwards, bool ReadsBackwards);

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
                var forwards = letters.Length > 0 && EnglishWords.IsCommon(letters);
                var backwards = false;
                if (letters.Length is > 1 and <= 32 && !forwards)
                {
                    var reversed = buffer[..letters.Length];
                    letters.CopyTo(reversed);
                    reversed.Reverse();
                    backwards = EnglishWords.IsCommon(reversed);
                }

                words.Add(new Word(start, position, forwards, backwards));
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
