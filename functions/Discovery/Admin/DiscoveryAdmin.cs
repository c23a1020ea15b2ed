using AiSec.Discovery.Manual;
using AiSec.Discovery.Registry;
using AiSec.Shared.Admin;
using AiSec.Shared.Assets;
using AiSec.Shared.Audit;
using AiSec.Shared.Storage;

namespace AiSec.Discovery.Admin;

/// <summary>
/// The registry changes people make: registering an asset no collector sees, and annotating facts (owner,
/// classification, scope, ...) that win over tags on every rediscovery. Each change is validated here, whoever asks
/// (CLI, HTTP, a playbook), written, recorded in the <c>admin</c> audit stream with its actor and the state before
/// and after, and handed to Risk on <c>discovery-changes</c> for re-assessment.
/// </summary>
public sealed class DiscoveryAdmin(AssetStore assets, AiSecStorage storage, AssetChangePublisher changes, IAuditLog audit, TimeProvider time)
{
    // Overrides are Discovery's own table, internal so that this class is the only way people change them.
    private readonly AssetOverrideStore _overrides = new(storage);

    /// <summary>Registers (or updates) an asset from the seed's camelCase fields, keeping its first-seen date.</summary>
    /// <exception cref="AssetValidationException">A field is missing, of the wrong type or outside the vocabulary.</exception>
    public async Task<(AiAsset Asset, bool Created)> RegisterAsync(string json, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var asset = ManualAssetReader.Read(json, now);
        var existing = await assets.GetAsync(asset.Id, cancellationToken);
        if (existing is not null)
        {
            asset = asset with { FirstSeen = existing.FirstSeen };
        }

        await assets.UpsertAsync([asset], cancellationToken);
        await audit.AppendAdminChangeAsync(actor, "asset_registered", asset.Id, existing is null ? "created" : "updated", existing, asset, cancellationToken);
        await changes.PublishAsync(new AssetChangeEvent(asset.Id, existing is null ? "new_asset" : "asset_updated", now), cancellationToken);
        return (asset, existing is null);
    }

    /// <summary>Stores the annotation as an override every later scan re-applies, and applies it to the registry row now.</summary>
    /// <param name="assetId">The asset's id; an ARM id may come without its leading slash.</param>
    /// <returns>The annotated asset, or null when no asset has that id (checked before the annotation is read).</returns>
    /// <exception cref="AssetValidationException">The annotation is not valid.</exception>
    public async Task<AiAsset?> AnnotateAsync(string assetId, string json, Actor actor, CancellationToken cancellationToken)
    {
        var asset = await assets.FindAsync(assetId, cancellationToken);
        if (asset is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var annotation = AnnotationReader.Read(json, asset.Id, actor.Name, now);
        var merged = await _overrides.MergeAsync(annotation, cancellationToken);
        var annotated = merged.ApplyTo(asset);
        await assets.UpsertAsync([annotated], cancellationToken);
        await audit.AppendAdminChangeAsync(actor, "asset_annotated", asset.Id, "recorded", AnnotatableFields.Of(asset), AnnotatableFields.Of(annotated), cancellationToken);
        await changes.PublishAsync(new AssetChangeEvent(asset.Id, "asset_annotated", now), cancellationToken);
        return annotated;
    }
}
