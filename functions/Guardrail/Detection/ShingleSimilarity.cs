namespace AiSec.Guardrail.Detection;

/// <summary>
/// How much of a system prompt reappears in a response: the share of the prompt's word 3-gram shingles found in
/// the response (containment, not Jaccard, so a response that quotes the whole prompt inside a longer answer still
/// scores 1.0).
/// </summary>
public static class ShingleSimilarity
{
    private const int Size = 3;

    public static double Containment(string source, string candidate)
    {
        var sourceShingles = Shingles(source);
        if (sourceShingles.Count == 0)
        {
            return 0;
        }

        var candidateShingles = Shingles(candidate);
        return (double)sourceShingles.Count(candidateShingles.Contains) / sourceShingles.Count;
    }

    private static HashSet<string> Shingles(string text)
    {
        var words = text.ToLowerInvariant()
            .Split((char[])[' ', '\n', '\r', '\t', '.', ',', ';', ':', '!', '?', '"', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        if (words.Length < Size)
        {
            if (words.Length > 0)
            {
                shingles.Add(string.Join(' ', words));
            }

            return shingles;
        }

        for (var i = 0; i + Size <= words.Length; i++)
        {
            shingles.Add(string.Join(' ', words, i, Size));
        }

        return shingles;
    }
}
