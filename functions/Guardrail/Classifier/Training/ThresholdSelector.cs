namespace AiSec.Guardrail.Classifier.Training;

/// <summary>
/// Picks the decision threshold from the training data alone (never from the evaluation set): k-fold
/// out-of-fold probabilities, then the lowest threshold whose benign false-positive rate stays within the target.
/// </summary>
public static class ThresholdSelector
{
    public const double TargetFpr = 0.02;

    public static double Select(IReadOnlyList<LabeledText> data, string learner, int folds = 3)
    {
        var random = new Random(ClassifierTrainer.Seed);
        var fold = data.Select(_ => random.Next(folds)).ToArray();
        var outOfFold = new double[data.Count];
        for (var k = 0; k < folds; k++)
        {
            var trainPart = data.Where((_, i) => fold[i] != k).ToList();
            var model = ClassifierTrainer.Train(trainPart, learner);
            var classifier = new PromptClassifier(model, Placeholder(learner));
            Parallel.For(0, data.Count, i =>
            {
                if (fold[i] == k)
                {
                    outOfFold[i] = classifier.Score(ClassifierTrainer.Prepare(data[i].Text)).Probability;
                }
            });
        }

        var benign = data.Select((r, i) => (r, i)).Where(x => !x.r.IsAttack).Select(x => outOfFold[x.i]).OrderDescending().ToArray();
        var allowed = (int)Math.Floor(benign.Length * TargetFpr);
        // Benign scores above the threshold are false positives: sit just above the (allowed+1)-th highest.
        var threshold = benign.Length == 0 ? 0.5 : benign[Math.Min(allowed, benign.Length - 1)] + 1e-6;
        return Math.Round(Math.Clamp(threshold, 0.05, 0.99), 4);
    }

    private static ClassifierMetadata Placeholder(string learner) => new()
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
