using Microsoft.Extensions.Time.Testing;

namespace AiSec.Audit.Tests;

/// <summary>
/// A fake clock that also tells which timers were armed on it, so a test can wait until the writer is parked on a
/// timer before it moves the clock: advancing first would leave a timer armed later waiting forever.
/// </summary>
public sealed class WatchedClock() : FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero))
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _armed = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_gate)
        {
            _armed.Add(dueTime);
        }

        return timer;
    }

    /// <summary>Whether a timer due <paramref name="dueTime"/> after its creation has been armed on this clock.</summary>
    public bool Armed(TimeSpan dueTime)
    {
        lock (_gate)
        {
            return _armed.Contains(dueTime);
        }
    }
}
