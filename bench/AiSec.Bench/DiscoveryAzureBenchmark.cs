using System.Diagnostics;
using AiSec.Discovery;
using AiSec.LocalHost.Extensions;
using AiSec.Shared.Storage;
using AiSec.Testing.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AiSec.Bench;

/// <summary>
/// Azure discovery of 500 accounts holding 10,000 deployments from the fake Resource Manager (100 per page), into
/// Azurite: a first scan (everything new: registry writes, audit records, change messages) and an unchanged rescan.
/// </summary>
public sealed class DiscoveryAzureBenchmark : IBenchmark
{
    private const int Subscriptions = 5;
    private const int AccountsPerSubscription = 100;
    private const int DeploymentsPerAccount = 20;

    public string Name => "discovery-azure";

    public string Description => "discover 500 Azure accounts / 10,000 deployments from the fake ARM into the registry";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await using var arm = await FakeArm.StartAsync(cancellationToken);
        for (var s = 0; s < Subscriptions; s++)
        {
            for (var a = 0; a < AccountsPerSubscription; a++)
            {
                var account = arm.AddAccount($"sub-{s}", $"acct-{s}-{a}");
                arm.AddRaiPolicy(account, "strict", jailbreakShield: true);
                for (var d = 0; d < DeploymentsPerAccount; d++)
                {
                    arm.AddDeployment(account, $"dep-{d}", d % 2 == 0 ? "gpt-4o" : "text-embedding-3-large", "2024-11-20", raiPolicyName: "strict");
                }
            }
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await context.StorageConnectionStringAsync(cancellationToken),
            ["Storage:Prefix"] = "discobench",
            ["Discovery:Azure:Enabled"] = "true",
            ["Discovery:Azure:ResourceManagerEndpoint"] = arm.Endpoint.ToString(),
            ["Discovery:Azure:Credential"] = "static-token",
            ["Discovery:Azure:AccessToken"] = FakeArm.Token,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.Services.AddLocalCore(builder.Configuration);
        using var host = builder.Build();
        await host.Services.GetRequiredService<AiSecStorage>().EnsureCreatedAsync(cancellationToken);
        await host.StartAsync(cancellationToken);
        var runner = host.Services.GetRequiredService<DiscoveryRunner>();

        var first = Stopwatch.StartNew();
        var created = (await runner.RunAsync(["azure"], "bench", null, cancellationToken)).Single();
        first.Stop();
        var again = Stopwatch.StartNew();
        var unchanged = (await runner.RunAsync(["azure"], "bench", null, cancellationToken)).Single();
        again.Stop();

        BenchContext.Report(Name, "assets", created.Seen, "assets");
        BenchContext.Report(Name, "arm_requests", arm.Requests.Count, "requests");
        BenchContext.Report(Name, "first_scan", first.Elapsed.TotalSeconds, "s");
        BenchContext.Report(Name, "first_scan_changes", created.Changes.Count, "changes");
        BenchContext.Report(Name, "rescan", again.Elapsed.TotalSeconds, "s");
        BenchContext.Report(Name, "rescan_changes", unchanged.Changes.Count, "changes");
        BenchContext.Report(Name, "failed_scopes", created.Failures.Count + unchanged.Failures.Count, "scopes");
        await host.StopAsync(cancellationToken);
    }
}
