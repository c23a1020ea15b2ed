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
        "above", "forget", "write", "print", "show", "must", "should", "please", "answer", "question",
        "message", "developer", "confidential", "hidden", "initial", "configuration", "everything", "before", "below",
        "following", "text", "line", "first", "word", "words", "letter", "letters", "spell", "backwards", "repeat",
        "said", "told", "read", "output", "respond", "reply", "instead", "never", "always", "anything", "nothing",
        "again", "here", "where", "why", "very", "more", "much", "many", "new", "old", "good", "bad", "right", "wrong",
        "time", "day", "year", "people", "man", "woman", "child", "world", "life", "work", "thing", "things", "part",
        "place", "case", "point", "number", "fact", "name", "home", "hand", "money", "data", "information", "user",
        "assistant", "model", "chat", "conversation", "mode", "rule", "policy", "policies", "filter", "filters",
        "access", "admin", "administrator", "key", "keys", "code", "file", "files", "email", "send", "call", "use",
        "used", "using", "find", "found", "ask", "asked", "think", "look", "come", "came", "went", "gone",
        "made", "need", "needs", "feel", "try", "leave", "put", "mean", "keep", "let", "begin", "seem", "help", "turn",
        "start", "run", "move", "live", "believe", "bring", "happen", "provide", "sit", "stand", "lose", "pay", "meet",
        "include", "continue", "set", "learn", "change", "lead", "understand", "watch", "follow", "stop", "create",
        "speak", "allow", "add", "spend", "grow", "open", "walk", "win", "offer", "remember", "love", "consider",
        "appear", "buy", "wait", "serve", "die", "build", "stay", "fall", "cut", "reach", "kill", "remain", "every",
        "each", "another", "such", "those", "being", "into", "through", "during", "without", "against",
        "between", "under", "while", "still", "even", "back", "down", "off", "too", "own", "same", "may", "might",
        "shall", "yes", "okay", "true", "false", "real", "important", "full", "whole", "last", "next",
        "purposes", "purpose", "debugging", "secure", "security", "safe", "unsafe", "allowed", "prompts", "tokens",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsCommon(ReadOnlySpan<char> word) => Common.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static double Ratio(string text)
    {
        // Split by hand over spans: this runs three times per request and string.Split allocated every word.
        int words = 0, common = 0;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var start = rest.IndexOfAnyExcept(Separators);
            if (start < 0)
            {
                break;
            }

            rest = rest[start..];
            var length = rest.IndexOfAny(Separators);
            var token = length < 0 ? rest : rest[..length];
            words++;
            common += IsCommon(token) ? 1 : 0;
            rest = length < 0 ? [] : rest[length..];
        }

        return words == 0 ? 0 : (double)common / words;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" ,.!?:;\"'()\n");
}
