namespace AiSec.Shared.Timers;

/// <summary>
/// Work that runs on a schedule. The Functions app binds it to a <c>[TimerTrigger("%Setting%")]</c>; the local host
/// runs it on the same six-field NCRONTAB schedule, read from <see cref="ScheduleSetting"/>.
/// </summary>
public interface ITimerJob
{
    /// <summary>Short name for logs and the CLI, e.g. <c>discovery</c>.</summary>
    string Name { get; }

    /// <summary>Configuration key holding the NCRONTAB schedule, e.g. <c>Discovery:Schedule</c>.</summary>
    string ScheduleSetting { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
