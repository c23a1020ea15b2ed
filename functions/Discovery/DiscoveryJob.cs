using AiSec.Shared.Timers;

namespace AiSec.Discovery;

/// <summary>The discovery timer: every configured collector, on the <c>Discovery:Schedule</c> NCRONTAB schedule.</summary>
public sealed class DiscoveryJob(DiscoveryRunner runner) : ITimerJob
{
    public string Name => "discovery";

    public string ScheduleSetting => "Discovery:Schedule";

    public Task RunAsync(CancellationToken cancellationToken) => runner.RunAsync(null, "timer", null, cancellationToken);
}
