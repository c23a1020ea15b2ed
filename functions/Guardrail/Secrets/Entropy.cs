namespace AiSec.Guardrail.Secrets;

internal static class Entropy
{
    /// <summary>Shannon entropy in bits per character: random keys score high, words and placeholders low.</summary>
    public static double ShannonBitsPerChar(ReadOnlySpan<char> value)
    {
        Span<int> counts = stackalloc int[128];
        var other = 0;
        foreach (var c in value)
        {
            if (c < 128)
            {
                counts[c]++;
            }
            else
            {
                other++;
            }
        }

        double entropy = 0;
        foreach (var count in counts)
        {
            entropy -= Term(count, value.Length);
        }

        return entropy - Term(other, value.Length);
    }

    private static double Term(int count, int total)
    {
        if (count == 0)
        {
            return 0;
        }

        var p = (double)count / total;
        return p * Math.Log2(p);
    }
}
