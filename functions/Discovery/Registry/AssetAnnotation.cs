using System.Text.Json;
using System.Text.Json.Nodes;
using AiSec.Discovery.Manual;
using AiSec.Shared.Assets;
using AiSec.Shared.Audit;

namespace AiSec.Discovery.Registry;

/// <summary>
/// A person sets owner, classification or other facts on an asset: stored as an override that every later scan
/// re-applies, applied to the registry row now, audited, and handed to Risk for re-assessment.
/// </summary>
public sealed class AssetAnnotation(AssetStore assets, AssetOverrideStore overrides, AssetChangePublisher changes, IAuditLog audit, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="assetId">The asset's id; an ARM id may come without its leading slash.</param>
    /// <returns>The annotated asset, or null when no asset has that id (checked before the annotation is read).</returns>
    /// <exception cref="AssetValidationException">The annotation is not valid.</exception>
    public async Task<AiAsset?> AnnotateAsync(string assetId, string json, string actor, CancellationToken cancellationToken)
    {
        var asset = await assets.FindAsync(assetId, cancellationToken);
        if (asset is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var annotation = AnnotationReader.Read(json, asset.Id, actor, now);
        var merged = await overrides.MergeAsync(annotation, cancellationToken);
        var annotated = merged.ApplyTo(asset);
        await assets.UpsertAsync([annotated], cancellationToken);
        await audit.AppendAsync(
            new AuditEvent(AuditStreams.Discovery, actor, "asset_annotated", asset.Id, "recorded", JsonSerializer.SerializeToNode(annotation, Json) as JsonObject),
            AuditDurability.Durable,
            cancellationToken);
        await changes.PublishAsync(new AssetChangeEvent(asset.Id, "asset_annotated", now), cancellationToken);
        return annotated;
    }
}
