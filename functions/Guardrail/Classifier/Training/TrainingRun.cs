using System.Diagnostics;
using System.Security.Cryptography;

namespace AiSec.Guardrail.Classifier.Training;

/// <summary>
/// What <c>aisec guard train</c> does: train on <c>train.jsonl</c>, choose the threshold on it, evaluate on
/// <c>eval.jsonl</c>, optionally compare learners, and return the model with its metadata.
/// </summary>
public static class TrainingRun
{
    public sealed record Result(LinearModel Model, ClassifierMetadata Metadata);

    public static Result Run(string dataDirectory, TimeProvider time, bool compareLearners, Action<string>? progress = null)
    {
        var trainPath = Path.Combine(dataDirectory, "train.jsonl");
        var evalPath = Path.Combine(dataDirectory, "eval.jsonl");
        var rows = LabeledTextReader.Read(trainPath);
        var toolTwins = ToolResponseTwins.Add(rows);
        var train = DocumentTaskTwins.Add(toolTwins);
        var eval = File.Exists(evalPath) ? LabeledTextReader.Read(evalPath) : null;

        var comparison = new List<LearnerComparison>();
        if (compareLearners && eval is not null)
        {
            foreach (var learner in ClassifierTrainer.Learners)
            {
                progress?.Invoke($"comparing {learner}");
                var watch = Stopwatch.StartNew();
                var candidate = ClassifierTrainer.Train(train, learner);
                var seconds = watch.Elapsed.TotalSeconds;
                var report = Evaluate(new PromptClassifier(candidate, Metadata(learner, 0.5, train, trainPath, null, null, time)), eval);
                comparison.Add(new LearnerComparison(learner, report.BalancedAccuracy, report.Fpr, report.FprBenignHard, report.Recall, Math.Round(seconds, 2)));
            }
        }

        var examples = TrainingExamples.Prepare(train);
        var validation = new List<GeneralizationEstimate>();
        if (compareLearners)
        {
            foreach (var method in new[] { GeneralizationEstimate.LeaveOneSourceOut, GeneralizationEstimate.RandomFolds })
            {
                progress?.Invoke($"estimating on unseen rows: {method}");
                validation.Add(GeneralizationEstimate.Measure(method, examples, rows.Count, ClassifierTrainer.DefaultLearner, progress: progress));
            }
        }

        progress?.Invoke("choosing the threshold (3-fold cross-validation on train)");
        var threshold = ThresholdSelector.Select(examples, ClassifierTrainer.DefaultLearner);
        progress?.Invoke("training the model");
        var model = ClassifierTrainer.Train(examples, Enumerable.Range(0, train.Count), ClassifierTrainer.DefaultLearner);
        var metadata = Metadata(ClassifierTrainer.DefaultLearner, threshold, train, trainPath, eval is null ? null : evalPath, null, time);
        var draft = metadata with
        {
            // The data's hash alone would give a retrained model (new features, new augmentation) the old version.
            ModelVersion = $"{metadata.ModelVersion}-{WeightsHash(model)[..6]}",
            Augmentation = $"{toolTwins.Count - rows.Count} benign twins of tool-response rows ({ToolResponseTwins.Kind}) and {train.Count - toolTwins.Count} of document-task rows ({DocumentTaskTwins.Kind}) added to {rows.Count} rows",
        };
        var evalReport = eval is null ? null : Evaluate(new PromptClassifier(model, draft), eval);
        return new Result(model, draft with { Eval = evalReport, Comparison = comparison, Validation = validation });
    }

    /// <summary>Classifier-only evaluation at the model's threshold (the full pipeline is what `guard eval` measures).</summary>
    public static EvalReport Evaluate(PromptClassifier classifier, IReadOnlyList<LabeledText> rows)
    {
        var predicted = rows.AsParallel().AsOrdered().Select(r => classifier.Score(ClassifierTrainer.Prepare(r.Text)).Probability >= classifier.Threshold).ToArray();
        return EvalReport.Compute(rows, predicted, [], classifier.ModelVersion);
    }

    private static ClassifierMetadata Metadata(
        string learner, double threshold, IReadOnlyList<LabeledText> train, string trainPath, string? evalPath, EvalReport? eval, TimeProvider time)
    {
        var trainHash = Sha256(trainPath);
        return new ClassifierMetadata
        {
            ModelVersion = $"ngram-lr-{trainHash[..8]}",
            Learner = learner,
            FeatureSet = NgramFeatureSet.Description,
            Threshold = threshold,
            TrainedAt = time.GetUtcNow(),
            TrainingDataSha256 = trainHash,
            TrainingRows = train.Count,
            EvalDataSha256 = evalPath is null ? null : Sha256(evalPath),
            Eval = eval,
        };
    }

    private static string WeightsHash(LinearModel model)
    {
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(model.Weights);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
