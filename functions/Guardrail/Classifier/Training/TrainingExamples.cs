using System.Collections.Concurrent;

namespace AiSec.Guardrail.Classifier.Training;

/// <summary>
/// Labelled rows normalized and turned into features once, so cross-validation can train many models on subsets
/// without normalizing and hashing every text again for each of them.
/// </summary>
public sealed class TrainingExamples
{
    private readonly ConcurrentDictionary<int, ClassifierTrainer.Row[]> _benignWindows = new();

    private TrainingExamples(IReadOnlyList<LabeledText> rows, string[] texts, ClassifierTrainer.Row[] whole)
    {
        Rows = rows;
        Texts = texts;
        Whole = whole;
    }

    public IReadOnlyList<LabeledText> Rows { get; }

    /// <summary>What the classifier reads of each row (<see cref="ClassifierTrainer.Prepare"/>).</summary>
    public string[] Texts { get; }

    internal ClassifierTrainer.Row[] Whole { get; }

    public static TrainingExamples Prepare(IReadOnlyList<LabeledText> rows)
    {
        var texts = rows.AsParallel().AsOrdered().Select(r => ClassifierTrainer.Prepare(r.Text)).ToArray();
        var whole = texts.AsParallel().AsOrdered().Select((t, i) => ClassifierTrainer.ToRow(t, rows[i].IsAttack)).ToArray();
        return new TrainingExamples(rows, texts, whole);
    }

    /// <summary>Every short window of a benign row as a benign example (made on first use, then kept).</summary>
    internal ClassifierTrainer.Row[] BenignWindows(int row) => _benignWindows.GetOrAdd(row, i =>
        PromptClassifier.Windows(Texts[i].Length).Select(s => ClassifierTrainer.ToRow(Texts[i].Substring(s.Start, s.Length), false)).ToArray());
}
