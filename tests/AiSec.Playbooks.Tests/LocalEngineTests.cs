using AiSec.LocalHost.Durable;
using AiSec.Shared.Storage;
using AiSec.Testing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiSec.Playbooks.Tests;

/// <summary>The local engine: Durable Task's Azure Storage backend on Azurite, behind the gRPC sidecar.</summary>
public sealed class LocalEngineTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Runs_an_orchestration_that_waits_for_an_event_raced_with_a_durable_timer()
    {
        var settings = new Dictionary<string, string?>(azurite.Settings(AzuriteFixture.NewPrefix()));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAiSecStorage(builder.Configuration);
        builder.Services.AddDurableEngine(builder.Configuration, r => r.AddOrchestrator<Greeter>().AddActivity<Shout>(), runWorker: true);
        using var host = builder.Build();
        await host.StartAsync(Ct);
        var client = host.Services.GetRequiredService<DurableTaskClient>();

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(90));
        var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(Greeter), "world", limit.Token);
        await client.WaitForInstanceStartAsync(id, limit.Token);
        await client.RaiseEventAsync(id, "name", "durable", limit.Token);
        var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, limit.Token);

        Assert.True(done.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{done.RuntimeStatus}: {done.FailureDetails}");
        Assert.Equal("HELLO WORLD AND DURABLE", done.ReadOutputAs<string>());
        await host.StopAsync(Ct);
    }

    private sealed class Greeter : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
        {
            using var cancel = new CancellationTokenSource();
            var name = context.WaitForExternalEvent<string>("name");
            var timeout = context.CreateTimer(context.CurrentUtcDateTime.AddMinutes(5), cancel.Token);
            var other = await Task.WhenAny(name, timeout) == name ? name.Result : "nobody";
            cancel.Cancel(); // synchronously: an orchestrator awaits only durable tasks
            return await context.CallActivityAsync<string>(nameof(Shout), $"hello {input} and {other}");
        }
    }

    private sealed class Shout : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult(input.ToUpperInvariant());
    }
}
