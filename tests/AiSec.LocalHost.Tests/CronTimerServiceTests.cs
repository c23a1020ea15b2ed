using AiSec.LocalHost.Timers;
using AiSec.Shared.Timers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AiSec.LocalHost.Tests;

public sealed class CronTimerServiceTests
{
    private sealed class CountingJob : ITimerJob
    {
        private readonly SemaphoreSlim _ran = new(0);

        public string Name => "counting";

        public string ScheduleSetting => "Test:Schedule";

        public int Runs { get; private set; }

        public bool Throw { get; init; }

        public Task RunAsync(CancellationToken cancellationToken)
        {
            Runs++;
            _ran.Release();
            return Throw ? throw new InvalidOperationException("boom") : Task.CompletedTask;
        }

        public Task<bool> WaitForRunAsync() => _ran.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Runs_the_job_at_each_occurrence_of_a_six_field_schedule()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var job = new CountingJob();
        using var service = new CronTimerService(job, TimerRegistration.ParseSchedule("Test:Schedule", "*/10 * * * * *"), time, NullLogger<CronTimerService>.Instance);
        await service.StartAsync(TestContext.Current.CancellationToken);

        await AdvanceUntilRunAsync(time, job);
        await AdvanceUntilRunAsync(time, job);

        Assert.Equal(2, job.Runs);
        await service.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Keeps_its_schedule_after_a_failed_run()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var job = new CountingJob { Throw = true };
        using var service = new CronTimerService(job, TimerRegistration.ParseSchedule("Test:Schedule", "0 * * * * *"), time, NullLogger<CronTimerService>.Instance);
        await service.StartAsync(TestContext.Current.CancellationToken);

        await AdvanceUntilRunAsync(time, job);
        await AdvanceUntilRunAsync(time, job);

        Assert.Equal(2, job.Runs);
        await service.StopAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0 */5 * * *")]
    [InlineData("every hour")]
    public void Rejects_a_schedule_that_is_not_six_field_ncrontab_naming_the_setting(string value)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => TimerRegistration.ParseSchedule("Discovery:Schedule", value));

        Assert.Contains("Discovery:Schedule", ex.Message, StringComparison.Ordinal);
    }

    private static async Task AdvanceUntilRunAsync(FakeTimeProvider time, CountingJob job)
    {
        var before = job.Runs;
        var waiting = job.WaitForRunAsync();
        // The service computes its delay asynchronously: keep nudging the clock until the job has run once more.
        for (var i = 0; i < 200 && !waiting.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(5));
            await Task.WhenAny(waiting, Task.Delay(10, TestContext.Current.CancellationToken));
        }

        Assert.True(await waiting);
        Assert.Equal(before + 1, job.Runs);
    }
}
