using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Classifier.Training;

/// <summary>The sentences of the benign training texts, the filler both kinds of twin are made of: distinct, in a fixed order.</summary>
public static partial class BenignSentences
{
    public static List<string> From(IReadOnlyList<LabeledText> rows, Func<string, bool> keep) =>
        rows.Where(r => !r.IsAttack)
            .SelectMany(r => SentenceBreak().Split(r.Text))
            .Select(s => s.Trim())
            .Where(keep)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceBreak();
}
