namespace AiSec.Guardrail.Classifier;

/// <summary>Provenance and quality of a trained model, shipped beside its weights.</summary>
public sealed record ClassifierMetadata
{
    public required string ModelVersion { get; init; }

    public required string Learner { get; init; }

    public required string FeatureSet { get; init; }

    public required double Threshold { get; init; }

    public required DateTimeOffset TrainedAt { get; init; }

    /// <summary>SHA-256 of the training file, so a model can be traced to its data.</summary>
    public required string TrainingDataSha256 { get; init; }

    public required int TrainingRows { get; init; }

    /// <summary>Examples made from the training data and added to it (see <see cref="Training.ToolResponseTwins"/>).</summary>
    public string? Augmentation { get; init; }

    public string? EvalDataSha256 { get; init; }

    public EvalReport? Eval { get; init; }

    public IReadOnlyList<LearnerComparison> Comparison { get; init; } = [];

    /// <summary>Estimates on unseen rows (<c>guard train --compare</c>): leave-one-source-out next to random folds.</summary>
    public IReadOnlyList<Training.GeneralizationEstimate> Validation { get; init; } = [];
}

public sealed record LearnerComparison(string Learner, double BalancedAccuracy, double Fpr, double FprBenignHard, double Recall, double TrainSeconds);
