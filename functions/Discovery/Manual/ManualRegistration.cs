using AiSec.Shared.Assets;
using AiSec.Shared.Audit;

namespace AiSec.Discovery.Manual;

/// <summary>Registers (or updates) a hand-registered asset: keeps its first-seen date, audits it, tells Risk.</summary>
public sealed class ManualRegistration(AssetStore assets, AssetChangePublisher changes, IAuditLog audit, TimeProvider time)
{
    public async Task<(AiAsset Asset, bool Created)> RegisterAsync(string json, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var asset = ManualAssetReader.Read(json, now);
        var existing = await assets.GetAsync(asset.Id, cancellationToken);
        if (existing is not null)
        {
            asset = asset with { FirstSeen = existing.FirstSeen };
        }

        await assets.UpsertAsync([asset], cancellationToken);
        var change = existing is null ? "new_asset" : "asset_updated";
        await audit.AppendAsync(new AuditEvent(AuditStreams.Discovery, actor, change, asset.Id, "registered"), AuditDurability.Durable, cancellationToken);
        await changes.PublishAsync(new AssetChangeEvent(asset.Id, change, now), cancellationToken);
        return (asset, existing is null);
    }
}
