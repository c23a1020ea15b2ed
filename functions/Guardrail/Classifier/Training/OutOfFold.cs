namespace AiSec.Guardrail.Classifier.Training;

/// <summary>
/// Out-of-fold scores: each row is scored by a model trained without its fold, so the scores say how the
/// classifier does on rows it has not seen. Folds train in parallel; each model is deterministic, so the scores
/// do not depend on the order they finish in.
/// </summary>
public static class OutOfFold
{
    /// <param name="fold">The fold of each row; a negative fold means the row only ever trains.</param>
    /// <param name="scored">Which rows to score (augmented rows train with their fold but are not scored).</param>
    public static double[] Scores(TrainingExamples examples, int[] fold, Func<int, bool> scored, string learner, Action<string>? progress = null)
    {
        var folds = fold.Where(f => f >= 0).Distinct().Order().ToArray();
        var scores = new double[examples.Rows.Count];
        var done = 0;
        Parallel.ForEach(folds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, k =>
        {
            var model = ClassifierTrainer.Train(examples, Enumerable.Range(0, fold.Length).Where(i => fold[i] != k), learner);
            var classifier = new PromptClassifier(model, ThresholdSelector.Placeholder(learner));
            for (var i = 0; i < fold.Length; i++)
            {
                if (fold[i] == k && scored(i))
                {
                    scores[i] = classifier.Score(examples.Texts[i]).Probability;
                }
            }

            progress?.Invoke($"fold {Interlocked.Increment(ref done)}/{folds.Length} trained");
        });
        return scores;
    }
}
