using System.Text.RegularExpressions;

namespace AiSec.Guardrail.Classifier.Training;

/// <summary>
/// Benign twins for attacks hidden in a document task. In the training data "Translate the following …:" or
/// "Summarize this …:" opens 146 attacks and 12 harmless texts, so a model learns that the task itself, and harmless
/// words such as "ignore" inside the quoted document, are the attack: "Translate to Japanese: 'Please ignore this
/// message if you have already paid.'" scored 0.96. Each twin keeps the task and replaces the document with a
/// sentence from the benign training texts, alternately one that uses an attack's words harmlessly ("Can I ignore this
/// warning?") and a plain statement, quoted when the original document was.
/// </summary>
public static partial class DocumentTaskTwins
{
    public const string Kind = "benign_document_task";

    public static IReadOnlyList<LabeledText> Add(IReadOnlyList<LabeledText> rows)
    {
        var sentences = BenignSentences.From(rows, s => s.Length is >= 20 and <= 200 && !s.Contains('\n'));
        var wordy = sentences.Where(s => AttackWords().IsMatch(s)).ToList();
        var plain = sentences.Where(s => !AttackWords().IsMatch(s)).ToList();
        if (wordy.Count == 0 || plain.Count == 0)
        {
            return rows;
        }

        var random = new Random(ClassifierTrainer.Seed + 1);
        var twins = new List<LabeledText>();
        foreach (var row in rows.Where(r => r.IsAttack))
        {
            var task = Task().Match(row.Text);
            if (!task.Success)
            {
                continue;
            }

            var pool = twins.Count % 2 == 0 ? wordy : plain;
            var filler = pool[random.Next(pool.Count)];
            var document = row.Text[task.Length..].TrimStart();
            var quote = document.Length > 0 && document[0] is '\'' or '"' or '“' ? document[0] : (char?)null;
            var text = quote is { } q ? $"{task.Value}{q}{filler}{(q == '“' ? '”' : q)}" : task.Value + filler;
            twins.Add(new LabeledText(text, false, Kind, row.Line, row.Source));
        }

        return [.. rows, .. twins];
    }

    [GeneratedRegex(@"^\s*(?:please\s+|can\s+you\s+|could\s+you\s+|kindly\s+)?(?:summari[sz]e|translate|analy[sz]e|proofread|classify|review|rewrite|paraphrase|check|evaluate|rate)\b[^\n:]{0,100}?:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Task();

    [GeneratedRegex(@"\b(?:ignore|forget|disregard|skip|override|bypass|pretend|password|secret|instructions?|rules)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttackWords();
}
