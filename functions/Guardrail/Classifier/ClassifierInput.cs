using AiSec.Guardrail.Normalization;

namespace AiSec.Guardrail.Classifier;

/// <summary>What the classifier reads of a normalized text: the text itself, then anything decoded from hidden content.</summary>
public static class ClassifierInput
{
    public static string Prepare(NormalizedText normalized) =>
        normalized.Decoded.Count == 0
            ? normalized.Text
            : normalized.Text + " " + string.Join(' ', normalized.Decoded.Select(d => d.Text));
}
