using AiSec.Shared.Storage;

namespace AiSec.Shared.Assets;

/// <summary>Puts <see cref="AssetChangeEvent"/>s on the <c>discovery-changes</c> queue, where Risk re-assesses the asset.</summary>
public sealed class AssetChangePublisher(AiSecStorage storage)
{
    public async Task PublishAsync(AssetChangeEvent change, CancellationToken cancellationToken) =>
        await storage.SendJsonAsync(StorageNames.Queues.DiscoveryChanges, change, cancellationToken);
}
