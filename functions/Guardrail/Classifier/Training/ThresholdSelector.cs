namespace AiSec.Guardrail.Classifier.Training;

/// <summary>
/// Picks the decision threshold from the training data alone (never from the evaluation set): k-fold
/// out-of-fold probabilities, then the lowest threshold whose benign false-positive rate stays within the target.
/// </summary>
public static class ThresholdSelector
{
    public const double TargetFpr = 0.02;

    public static double Select(IReadOnlyList<LabeledText> data, string learner, int folds = 3) =>
        Select(TrainingExamples.Prepare(data), learner, folds);

    public static double Select(TrainingExamples examples, string learner, int folds = 3)
    {
        var random = new Random(ClassifierTrainer.Seed);
        var fold = examples.Rows.Select(_ => random.Next(folds)).ToArray();
        var outOfFold = OutOfFold.Scores(examples, fold, _ => true, learner);
        var benign = examples.Rows.Select((r, i) => (r, i)).Where(x => !x.r.IsAttack).Select(x => outOfFold[x.i]).ToArray();
        return Math.Round(Math.Clamp(AtFpr(benign, TargetFpr), 0.05, 0.99), 4);
    }

    /// <summary>The lowest threshold that lets at most <paramref name="targetFpr"/> of the benign scores through.</summary>
    public static double AtFpr(IEnumerable<double> benignScores, double targetFpr)
    {
        var benign = benignScores.OrderDescending().ToArray();
        var allowed = (int)Math.Floor(benign.Length * targetFpr);
        // Benign scores above the threshold are false positives: sit just above the (allowed+1)-th highest.
        return benign.Length == 0 ? 0.5 : benign[Math.Min(allowed, benign.Length - 1)] + 1e-6;
    }

    internal static ClassifierMetadata Placeholder(string learner) => new()
    {
        ModelVersion = "cv",
        Learner = learner,
        FeatureSet = NgramFeatureSet.Description,
        Threshold = 0.5,
        TrainedAt = default,
        TrainingDataSha256 = "",
        TrainingRows = 0,
    };
}
