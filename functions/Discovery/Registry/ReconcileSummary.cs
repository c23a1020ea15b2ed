namespace AiSec.Discovery.Registry;

/// <summary>What one collector's run changed in the registry.</summary>
public sealed record ReconcileSummary(
    string Source,
    IReadOnlyList<AiSec.Shared.Assets.AiAsset> Assets,
    int Seen,
    int Created,
    int Updated,
    int Missing,
    int Unknown,
    IReadOnlyList<AssetChange> Changes,
    IReadOnlyList<Collectors.ScopeFailure> Failures,
    IReadOnlyList<string> Warnings);
