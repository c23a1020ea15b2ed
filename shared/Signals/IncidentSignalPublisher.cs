using System.Text.Json;
using AiSec.Shared.Storage;

namespace AiSec.Shared.Signals;

/// <summary>Puts <see cref="IncidentSignal"/>s on the <c>incident-signals</c> queue as JSON.</summary>
public sealed class IncidentSignalPublisher(AiSecStorage storage)
{
    public async Task PublishAsync(IncidentSignal signal, CancellationToken cancellationToken)
    {
        var queue = storage.Queue(StorageNames.Queues.IncidentSignals);
        await queue.SendMessageAsync(JsonSerializer.Serialize(signal), cancellationToken);
    }
}
