namespace AiSec.Guardrail.Classifier;

/// <summary>
/// Hashes character and word n-grams of already-normalized text into a fixed feature space. Hand-written (FNV-1a
/// over UTF-16 code units) because it runs on every request: no allocation per n-gram, no string slicing, and the
/// same function is used at training and at scoring time, so the two can never disagree.
/// </summary>
public static class NgramHasher
{
    public const int Bits = 18;
    public const int Dimension = 1 << Bits;
    private const int Mask = Dimension - 1;
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const int MinCharGram = 3;
    private const int MaxCharGram = 5;

    /// <summary>Calls <paramref name="sink"/> once per n-gram occurrence with its feature index.</summary>
    public static void Visit<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, INgramSink
    {
        VisitCharGrams(text, ref sink);
        VisitWordGrams(text, ref sink);
    }

    private static void VisitCharGrams<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, INgramSink
    {
        for (var start = 0; start < text.Length; start++)
        {
            var hash = FnvOffset ^ 0x9E3779B9u;
            var end = Math.Min(text.Length, start + MaxCharGram);
            for (var i = start; i < end; i++)
            {
                hash = (hash ^ Fold(text[i])) * FnvPrime;
                if (i - start + 1 >= MinCharGram)
                {
                    sink.Add((int)(Mix(hash) & Mask));
                }
            }
        }
    }

    private static void VisitWordGrams<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, INgramSink
    {
        uint previous = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var word = FnvOffset ^ 0x85EBCA6Bu;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                word = (word ^ Fold(text[i])) * FnvPrime;
                i++;
            }

            sink.Add((int)(Mix(word) & Mask));
            if (previous != 0)
            {
                sink.Add((int)(Mix((previous * 31) ^ word ^ 0xC2B2AE35u) & Mask));
            }

            previous = word;
        }
    }

    private static uint Fold(char c) => char.IsUpper(c) ? char.ToLowerInvariant(c) : c;

    // Finalizer from MurmurHash3: spreads FNV's weak low bits before masking.
    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}

public interface INgramSink
{
    void Add(int index);
}
