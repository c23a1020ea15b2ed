using AiSec.Shared.Storage;

namespace AiSec.Shared.Signals;

/// <summary>Puts <see cref="IncidentSignal"/>s on the <c>incident-signals</c> queue as JSON.</summary>
public sealed class IncidentSignalPublisher(AiSecStorage storage)
{
    public async Task PublishAsync(IncidentSignal signal, CancellationToken cancellationToken) =>
        await storage.SendJsonAsync(StorageNames.Queues.IncidentSignals, signal, cancellationToken);
}
