namespace AiSec.Discovery.Collectors;

/// <summary>
/// One discovery source (Azure, AWS Bedrock, self-hosted Hugging Face). A collector only reads its source and
/// describes what it saw; reconciling with the registry (first seen, missing, overrides, change events) is shared.
/// </summary>
public interface IAssetCollector
{
    /// <summary>The registry partition the collector owns: one of <c>AssetVocabulary.Sources</c>.</summary>
    string Source { get; }

    /// <summary>
    /// Whether the collector has something to scan (subscriptions reachable by a credential, regions, folders).
    /// The timer skips unconfigured collectors instead of marking their assets unknown.
    /// </summary>
    bool IsConfigured { get; }

    Task<CollectionResult> CollectAsync(IProgress<CollectionProgress>? progress, CancellationToken cancellationToken);
}
