using AiSec.Discovery.Collectors;
using AiSec.Shared.Assets;
using AiSec.Shared.Storage;
using Microsoft.Extensions.Options;

namespace AiSec.Discovery.HuggingFace;

/// <summary>
/// Self-hosted Hugging Face models under the configured folders. A folder that does not exist (an unmounted
/// volume, say) is a failed scope: the models last seen there become unknown, not missing.
/// </summary>
public sealed class HuggingFaceCollector(IOptions<HuggingFaceDiscoveryOptions> options, AiSecStorage storage, TimeProvider time) : IAssetCollector
{
    public string Source => AssetVocabulary.Sources.HuggingFace;

    public bool IsConfigured => options.Value.Paths.Length > 0;

    public async Task<CollectionResult> CollectAsync(IProgress<CollectionProgress>? progress, CancellationToken cancellationToken)
    {
        var cache = await WeightScanCache.LoadAsync(storage, cancellationToken);
        var scan = await HuggingFaceScanner.ScanAsync(options.Value.Paths.Distinct(StringComparer.Ordinal), time.GetUtcNow(), cache, cancellationToken);
        await cache.SaveAsync(cancellationToken);
        progress?.Report(new CollectionProgress(Source, $"{scan.Assets.Count} model folder(s); {cache.Hits} weight file(s) unchanged, {cache.Misses} hashed", scan.Assets.Count));
        var failures = scan.FailedRoots.Select(root => new ScopeFailure(root, "not a folder")).ToList();
        return new CollectionResult(scan.Assets, failures) { Warnings = scan.Errors };
    }
}
