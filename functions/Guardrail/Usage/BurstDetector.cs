using System.Collections.Concurrent;
using AiSec.Shared.Signals;
using Microsoft.Extensions.Logging;

namespace AiSec.Guardrail.Usage;

/// <summary>
/// Notices a burst of blocks from one API key (N within a sliding window, per the app's policy) and puts one
/// <c>attack_burst</c> signal per burst on the incident-signals queue for the playbooks.
/// </summary>
public sealed partial class BurstDetector(IncidentSignalPublisher signals, TimeProvider time, ILogger<BurstDetector> logger)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Records a block; returns true when it completes a burst (and the signal was sent).</summary>
    public async Task<bool> RecordBlockAsync(string keyId, string app, int threshold, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var state = _windows.GetOrAdd(keyId, _ => new Window());
        bool burst;
        int count;
        lock (state)
        {
            state.Blocks.Enqueue(now);
            while (state.Blocks.Count > 0 && now - state.Blocks.Peek() > window)
            {
                state.Blocks.Dequeue();
            }

            count = state.Blocks.Count;
            // One signal per burst: not again until the window has passed since the last one.
            burst = count >= threshold && (state.LastSignal is null || now - state.LastSignal > window);
            if (burst)
            {
                state.LastSignal = now;
            }
        }

        if (!burst)
        {
            return false;
        }

        try
        {
            await signals.PublishAsync(
                new IncidentSignal(IncidentSignalTypes.AttackBurst, $"guardrail-key:{keyId}", "high", now, "guardrail",
                    new System.Text.Json.Nodes.JsonObject { ["app"] = app, ["keyId"] = keyId, ["blocks"] = count, ["windowSeconds"] = window.TotalSeconds }),
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSignalFailed(logger, ex, keyId);
        }

        return true;
    }

    private sealed class Window
    {
        public readonly Queue<DateTimeOffset> Blocks = new();
        public DateTimeOffset? LastSignal;
    }

    [LoggerMessage(EventId = 4300, Level = LogLevel.Error, Message = "Could not send the attack_burst signal for key {KeyId}")]
    private static partial void LogSignalFailed(ILogger logger, Exception exception, string keyId);
}
