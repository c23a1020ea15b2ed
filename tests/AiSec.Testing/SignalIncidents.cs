using AiSec.Playbooks.Incidents;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace AiSec.Testing;

/// <summary>
/// The incidents a signal opened. A local host's incident-signals poller takes every signal off the queue as it
/// arrives, so tests of the capabilities that raise signals follow them to the incident instead of reading the queue.
/// </summary>
public static class SignalIncidents
{
    public static async Task<IReadOnlyList<Incident>> WaitForAsync(IServiceProvider services, Func<Incident, bool> match)
    {
        var incidents = services.GetRequiredService<IncidentService>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<Incident> found;
        while ((found = [.. (await incidents.ListAsync(null, TestContext.Current.CancellationToken)).Where(match)]).Count == 0
            && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        return found;
    }
}
