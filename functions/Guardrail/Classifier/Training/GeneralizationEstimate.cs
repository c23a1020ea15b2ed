namespace AiSec.Guardrail.Classifier.Training;

/// <summary>
/// How well the classifier does on rows it was not trained on, at the threshold that keeps the out-of-fold benign
/// false-positive rate at <see cref="TargetFpr"/>. Leave-one-source-out holds out every row of a source repository
/// at once, which is what a new source of traffic looks like; random folds (the usual estimate) mix every source
/// into training and so flatter a model that learned its sources' templates.
/// </summary>
public sealed record GeneralizationEstimate
{
    public const string LeaveOneSourceOut = "leave-one-source-out";
    public const string RandomFolds = "random-5-fold";

    public required string Method { get; init; }

    public required int Folds { get; init; }

    public required double TargetFpr { get; init; }

    public required double Threshold { get; init; }

    public required double BalancedAccuracy { get; init; }

    public required double Recall { get; init; }

    public required double Fpr { get; init; }

    /// <summary>Each held-out source's figures at the pooled threshold (leave-one-source-out only).</summary>
    public IReadOnlyDictionary<string, SourceFigures>? BySource { get; init; }

    /// <param name="originalRows">How many of the examples are real rows; augmented rows come after them, train with their parent's fold and are never scored.</param>
    public static GeneralizationEstimate Measure(
        string method, TrainingExamples examples, int originalRows, string learner, double targetFpr = ThresholdSelector.TargetFpr, Action<string>? progress = null)
    {
        var fold = method switch
        {
            LeaveOneSourceOut => BySourceGroup(examples.Rows),
            RandomFolds => ByParentLine(examples.Rows, 5),
            _ => throw new ArgumentException($"unknown method '{method}'", nameof(method)),
        };
        var scores = OutOfFold.Scores(examples, fold, i => i < originalRows && fold[i] >= 0, learner, progress);
        var held = Enumerable.Range(0, originalRows).Where(i => fold[i] >= 0).ToArray();
        var threshold = ThresholdSelector.AtFpr(held.Where(i => !examples.Rows[i].IsAttack).Select(i => scores[i]), targetFpr);
        var rows = held.Select(i => examples.Rows[i]).ToArray();
        var predicted = held.Select(i => scores[i] >= threshold).ToArray();
        var report = EvalReport.Compute(rows, predicted, [], "cv");
        return new GeneralizationEstimate
        {
            Method = method,
            Folds = fold.Where(f => f >= 0).Distinct().Count(),
            TargetFpr = targetFpr,
            Threshold = Math.Round(threshold, 4),
            BalancedAccuracy = report.BalancedAccuracy,
            Recall = report.Recall,
            Fpr = report.Fpr,
            BySource = method == LeaveOneSourceOut ? report.BySource : null,
        };
    }

    /// <summary>One fold per source repository; rows that name no source always train.</summary>
    private static int[] BySourceGroup(IReadOnlyList<LabeledText> rows)
    {
        var groups = rows.Select(r => r.SourceGroup).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return rows.Select(r => r.SourceGroup is { } g ? groups.IndexOf(g) : -1).ToArray();
    }

    /// <summary>Seeded random folds by file line, so an augmented row lands in the fold of the row it was made from.</summary>
    private static int[] ByParentLine(IReadOnlyList<LabeledText> rows, int folds)
    {
        var random = new Random(ClassifierTrainer.Seed);
        var foldOfLine = new Dictionary<int, int>();
        foreach (var line in rows.Select(r => r.Line).Distinct().Order())
        {
            foldOfLine[line] = random.Next(folds);
        }

        return rows.Select(r => foldOfLine[r.Line]).ToArray();
    }
}
