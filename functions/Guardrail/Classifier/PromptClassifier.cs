namespace AiSec.Guardrail.Classifier;

/// <summary>
/// The warm-loaded classifier: immutable weights, so one instance serves every request concurrently. Long inputs
/// are scored in overlapping windows and the highest window wins, so an attack deep inside a long document is not
/// diluted by the text around it.
/// </summary>
public sealed class PromptClassifier(LinearModel model, ClassifierMetadata metadata)
{
    /// <summary>Short windows find one injected sentence; the whole text (or 2,000-character windows) keeps context.</summary>
    public const int ShortWindow = 400;
    public const int LongWindow = 2_000;

    public string ModelVersion => metadata.ModelVersion;

    /// <summary>Probability at or above which the text is an attack (chosen on training data, see metadata).</summary>
    public double Threshold => metadata.Threshold;

    public ClassifierMetadata Metadata => metadata;

    public static PromptClassifier LoadEmbedded()
    {
        var (model, metadata) = ModelFile.LoadEmbedded();
        return new PromptClassifier(model, metadata);
    }

    /// <summary>Scores already-normalized text: the best window's probability and where that window is.</summary>
    public ClassifierScore Score(string normalizedText)
    {
        var best = new ClassifierScore(-1, 0, 0);
        foreach (var (start, length) in Windows(normalizedText.Length).Concat(LongWindows(normalizedText.Length)))
        {
            var p = model.Probability(normalizedText.AsSpan(start, length));
            if (p > best.Probability)
            {
                best = new ClassifierScore(p, start, start + length);
            }
        }

        return best;
    }

    /// <summary>Overlapping short windows (half-window stride); none when the text fits in one.</summary>
    public static IEnumerable<(int Start, int Length)> Windows(int textLength) => Slide(textLength, ShortWindow);

    private static IEnumerable<(int Start, int Length)> LongWindows(int textLength) =>
        textLength <= LongWindow ? [(0, textLength)] : Slide(textLength, LongWindow);

    private static IEnumerable<(int Start, int Length)> Slide(int textLength, int window)
    {
        if (textLength <= window)
        {
            yield break;
        }

        for (var start = 0; ; start += window / 2)
        {
            var length = Math.Min(window, textLength - start);
            yield return (start, length);
            if (start + length >= textLength)
            {
                yield break;
            }
        }
    }
}

/// <param name="Start">Start of the highest-scoring window in the normalized text.</param>
/// <param name="End">End (exclusive) of that window.</param>
public readonly record struct ClassifierScore(double Probability, int Start, int End);
