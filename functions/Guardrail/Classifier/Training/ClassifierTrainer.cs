using AiSec.Guardrail.Normalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace AiSec.Guardrail.Classifier.Training;

/// <summary>
/// Trains the prompt-attack classifier with ML.NET on the hashed n-gram features the product scores with
/// (<see cref="NgramHasher"/>), on normalized text, with a fixed seed so the same data gives the same model.
/// </summary>
/// <remarks>
/// An injected instruction is often one sentence inside a long, harmless document, and the product scores the
/// best short window of a text. So training does one round of multiple-instance learning: after a first model on
/// whole texts, every window of a benign text is added as benign and the highest-scoring window of each attack
/// as an attack, and the model is trained again.
/// </remarks>
public static class ClassifierTrainer
{
    public const int Seed = 20261123;

    public sealed class Row
    {
        public bool Label { get; set; }

        [VectorType(NgramHasher.Dimension)]
        public VBuffer<float> Features { get; set; }
    }

    public static IReadOnlyList<string> Learners { get; } = ["lbfgs-logistic", "sdca-logistic", "averaged-perceptron", "linear-svm"];

    public const string DefaultLearner = "lbfgs-logistic";

    /// <summary>The text the classifier sees for a raw input: normalized, with decoded hidden content appended.</summary>
    public static string Prepare(string raw) => ClassifierInput.Prepare(TextNormalizer.Normalize(raw));

    public static LinearModel Train(IReadOnlyList<LabeledText> data, string learner = DefaultLearner) =>
        Train(TrainingExamples.Prepare(data), Enumerable.Range(0, data.Count), learner);

    /// <summary>Trains on the chosen rows of already prepared examples (cross-validation prepares the data once).</summary>
    public static LinearModel Train(TrainingExamples examples, IEnumerable<int> chosen, string learner = DefaultLearner)
    {
        var rows = chosen.ToArray();
        var first = Fit(rows.Select(i => examples.Whole[i]).ToList(), learner);

        var windows = rows.Select(i => examples.Whole[i]).ToList();
        foreach (var i in rows)
        {
            var spans = PromptClassifier.Windows(examples.Texts[i].Length).ToList();
            if (spans.Count == 0)
            {
                continue;
            }

            var text = examples.Texts[i];
            if (!examples.Rows[i].IsAttack)
            {
                windows.AddRange(examples.BenignWindows(i));
            }
            else
            {
                var best = spans.MaxBy(s => first.Probability(text.AsSpan(s.Start, s.Length)));
                windows.Add(ToRow(text.Substring(best.Start, best.Length), true));
            }
        }

        return Fit(windows, learner);
    }

    internal static Row ToRow(string text, bool isAttack)
    {
        var (indices, values) = SparseFeatures.Extract(text);
        return new Row { Label = isAttack, Features = new VBuffer<float>(NgramHasher.Dimension, indices.Length, values, indices) };
    }

    private static LinearModel Fit(List<Row> rows, string learner)
    {
        var ml = new MLContext(Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var binary = ml.BinaryClassification.Trainers;
        // Regularization chosen by measurement on the training data (see the model metadata's comparison).
        LinearBinaryModelParameters parameters = learner switch
        {
            "lbfgs-logistic" => binary.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                L1Regularization = 0.01f,
                L2Regularization = 0.05f,
                OptimizationTolerance = 1e-6f,
                NumberOfThreads = 1,
            }).Fit(data).Model.SubModel,
            "sdca-logistic" => binary.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                L2Regularization = 1e-4f,
                MaximumNumberOfIterations = 50,
                NumberOfThreads = 1,
            }).Fit(data).Model.SubModel,
            "averaged-perceptron" => binary.AveragedPerceptron(numberOfIterations: 20).Fit(data).Model,
            "linear-svm" => binary.LinearSvm(numberOfIterations: 20).Fit(data).Model,
            _ => throw new ArgumentException($"unknown learner '{learner}' (one of {string.Join(", ", Learners)})", nameof(learner)),
        };

        var weights = new float[NgramHasher.Dimension];
        parameters.Weights.ToArray().CopyTo(weights, 0);
        return new LinearModel(weights, parameters.Bias);
    }
}
