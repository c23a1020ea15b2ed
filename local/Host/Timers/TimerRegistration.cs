using Microsoft.Extensions.Options;
using AiSec.Shared.Timers;
using Cronos;

namespace AiSec.LocalHost.Timers;

public static class TimerRegistration
{
    /// <summary>
    /// Parses a six-field NCRONTAB schedule ("sec min hour day month day-of-week"), the Functions timer format,
    /// naming the setting when it is not one.
    /// </summary>
    public static CronExpression ParseSchedule(string setting, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new OptionsValidationException(setting, typeof(string), [$"{setting} is not set: give a six-field NCRONTAB schedule such as \"0 0 * * * *\"."]);
        }

        try
        {
            return CronExpression.Parse(value, CronFormat.IncludeSeconds);
        }
        catch (CronFormatException ex)
        {
            throw new OptionsValidationException(setting, typeof(string), [$"{setting} = \"{value}\" is not a six-field NCRONTAB schedule: {ex.Message}"]);
        }
    }

    /// <summary>Starts a <see cref="CronTimerService"/> for every registered <see cref="ITimerJob"/>.</summary>
    public static IServiceCollection AddCronTimers(this IServiceCollection services)
    {
        services.AddSingleton<IHostedService>(sp => new CronTimers(sp));
        return services;
    }

    private sealed class CronTimers(IServiceProvider services) : IHostedService
    {
        private readonly List<CronTimerService> _timers = [];

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            foreach (var job in services.GetServices<ITimerJob>())
            {
                var schedule = ParseSchedule(job.ScheduleSetting, configuration[job.ScheduleSetting]);
                var timer = new CronTimerService(job, schedule, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<CronTimerService>>());
                _timers.Add(timer);
                await timer.StartAsync(cancellationToken);
            }
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            foreach (var timer in _timers)
            {
                await timer.StopAsync(cancellationToken);
                timer.Dispose();
            }
        }
    }
}
