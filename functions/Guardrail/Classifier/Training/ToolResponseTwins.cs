using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Classifier.Training;

/// <summary>
/// Benign twins for tool-abuse rows. In the training data a serialized tool response (<c>{'reviews': [{'content':
/// '...'}]}</c>) only ever appears with an attacker instruction inside, so a model learns that the shape of a tool
/// response is itself an attack and flags every harmless one. Each twin is the same record with its planted field
/// (the longest value) replaced by a plain declarative sentence taken from the benign training texts, which
/// teaches the model that the instruction, not the record around it, is the attack.
/// </summary>
public static partial class ToolResponseTwins
{
    public const string Kind = "benign_tool_response";

    public static IReadOnlyList<LabeledText> Add(IReadOnlyList<LabeledText> rows)
    {
        var sentences = DeclarativeSentences(rows);
        if (sentences.Count == 0)
        {
            return rows;
        }

        var random = new Random(ClassifierTrainer.Seed);
        var twins = new List<LabeledText>();
        foreach (var row in rows.Where(r => r.IsAttack && r.Kind == "tool_abuse"))
        {
            var planted = FieldValue().Matches(row.Text).MaxBy(m => m.Groups["value"].Length);
            if (planted is null)
            {
                continue;
            }

            var value = planted.Groups["value"];
            var filler = sentences[random.Next(sentences.Count)].Replace(planted.Groups["quote"].Value, "", StringComparison.Ordinal);
            var text = string.Concat(row.Text.AsSpan(0, value.Index), filler, row.Text.AsSpan(value.Index + value.Length));
            twins.Add(new LabeledText(text, false, Kind, row.Line, row.Source));
        }

        return [.. rows, .. twins];
    }

    /// <summary>Statements (not requests or questions) from benign texts: what a harmless record field holds.</summary>
    private static List<string> DeclarativeSentences(IReadOnlyList<LabeledText> rows) =>
        BenignSentences.From(rows, s => s.Length is >= 30 and <= 200 && char.IsUpper(s[0]) && s.EndsWith('.') && !s.Contains('\n')
            && FiniteVerb().IsMatch(s) && !Request().IsMatch(s));

    /// <summary>A quoted value after a key, ending where the record goes on (values may hold the other quote).</summary>
    [GeneratedRegex("""(?<=:\s?)(?<quote>['"])(?<value>.+?)\k<quote>(?=\s*[,}\]])""")]
    private static partial Regex FieldValue();

    [GeneratedRegex(@"\b(?:is|are|was|were|has|have|had|will)\b")]
    private static partial Regex FiniteVerb();

    [GeneratedRegex(@"\b(?:you|your|please|must|should|ignore|instruction|instructions|prompt)\b|^(?:Write|Explain|Describe|Create|Give|List|Tell|Generate|Make|Find|Show|Provide|Summari[sz]e|Translate|Act|Pretend|Imagine|Let|Do|Don't|Send|Forward)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Request();
}
