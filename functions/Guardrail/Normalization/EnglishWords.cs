using System.Collections.Frozen;

namespace AiSec.Guardrail.Normalization;

/// <summary>
/// How much of a text is common English: tells a ROT13 or reversed message (gibberish that decodes to English)
/// from ordinary text. A small list of frequent words is enough for that decision.
/// </summary>
internal static class EnglishWords
{
    private static readonly FrozenSet<string> Common = new[]
    {
        "the", "be", "to", "of", "and", "a", "in", "that", "have", "i", "it", "for", "not", "on", "with", "he", "as",
        "you", "do", "at", "this", "but", "his", "by", "from", "they", "we", "say", "her", "she", "or", "an", "will",
        "my", "one", "all", "would", "there", "their", "what", "so", "up", "out", "if", "about", "who", "get", "which",
        "go", "me", "when", "make", "can", "like", "no", "just", "him", "know", "take", "your", "some", "could", "them",
        "see", "other", "than", "then", "now", "only", "its", "over", "also", "after", "how", "our", "well", "way",
        "want", "because", "any", "these", "give", "most", "us", "is", "are", "was", "were", "been", "has", "had",
        "ignore", "previous", "instructions", "prompt", "system", "tell", "reveal", "password", "secret", "rules",
        "all", "above", "forget", "write", "print", "show", "must", "should", "please", "answer", "question",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsCommon(ReadOnlySpan<char> word) => Common.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static double Ratio(string text)
    {
        int words = 0, common = 0;
        foreach (var token in text.Split([' ', ',', '.', '!', '?', ':', ';', '"', '\'', '(', ')', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            if (Common.Contains(token))
            {
                common++;
            }
        }

        return words == 0 ? 0 : (double)common / words;
    }
}
