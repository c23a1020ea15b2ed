using AiSec.Shared.Timers;
using Cronos;

namespace AiSec.LocalHost.Timers;

/// <summary>
/// Runs one <see cref="ITimerJob"/> on its NCRONTAB schedule (six fields, with seconds: the format the Functions
/// timer trigger uses), like the Functions host: never two runs of a job at once, a failed run is logged and the
/// next occurrence still fires.
/// </summary>
public sealed partial class CronTimerService(
    ITimerJob job,
    CronExpression schedule,
    TimeProvider time,
    ILogger<CronTimerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var expression = schedule.ToString();
        LogScheduled(logger, job.Name, expression);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = schedule.GetNextOccurrence(now, TimeZoneInfo.Utc);
            if (next is null)
            {
                return;
            }

            await Task.Delay(next.Value - now, time, stoppingToken);
            await RunOnceAsync(stoppingToken);
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        var started = time.GetTimestamp();
        try
        {
            LogRunning(logger, job.Name);
            await job.RunAsync(stoppingToken);
            var elapsed = time.GetElapsedTime(started);
            LogCompleted(logger, job.Name, elapsed.TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, job.Name);
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Timer {Job} scheduled with {Schedule}")]
    private static partial void LogScheduled(ILogger logger, string job, string schedule);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Timer {Job} running")]
    private static partial void LogRunning(ILogger logger, string job);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Timer {Job} completed in {ElapsedMs:0} ms")]
    private static partial void LogCompleted(ILogger logger, string job, double elapsedMs);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error, Message = "Timer {Job} failed; the next occurrence still runs")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);
}
