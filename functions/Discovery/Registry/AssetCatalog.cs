using AiSec.Shared.Assets;

namespace AiSec.Discovery.Registry;

/// <summary>The registry, for reading: searches, one asset, its dependency graph, compliance gaps. The HTTP API and the CLI both answer from here.</summary>
public sealed class AssetCatalog(AssetStore assets, TimeProvider time)
{
    /// <summary>Matching assets by name, then id.</summary>
    public async Task<IReadOnlyList<AiAsset>> SearchAsync(AssetQuery query, CancellationToken cancellationToken) =>
        [.. query.Apply(await assets.ListAsync(cancellationToken, query.Source), time.GetUtcNow())];

    /// <summary>The asset, or null; an ARM id may come without its leading slash.</summary>
    public Task<AiAsset?> FindAsync(string assetId, CancellationToken cancellationToken) => assets.FindAsync(assetId, cancellationToken);

    /// <summary>Upstream and downstream links up to <paramref name="depth"/> away (all when null); null when there is no such asset.</summary>
    public async Task<AssetGraph.Result?> GraphAsync(string assetId, int? depth, CancellationToken cancellationToken)
    {
        var root = await assets.FindAsync(assetId, cancellationToken);
        return root is null ? null : AssetGraph.Build(await assets.ListAsync(cancellationToken), root.Id, depth ?? int.MaxValue);
    }

    /// <summary>Assets with at least one gap, by name.</summary>
    public async Task<IReadOnlyList<AssetGaps>> GapsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return [.. (await assets.ListAsync(cancellationToken))
            .Select(a => new AssetGaps(a.Id, a.Name, ComplianceGaps.For(a, now)))
            .Where(g => g.Gaps.Count > 0)
            .OrderBy(g => g.Name, StringComparer.Ordinal)];
    }
}
