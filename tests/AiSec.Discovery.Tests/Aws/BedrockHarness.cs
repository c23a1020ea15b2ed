using System.Collections.Concurrent;
using AiSec.Discovery.Aws;
using AiSec.Discovery.Collectors;
using AiSec.Testing.Fakes;
using Amazon.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AiSec.Discovery.Tests.Aws;

/// <summary>
/// The real AWS collector wired through <see cref="AwsDiscoveryServiceCollectionExtensions.AddAwsDiscovery"/> against
/// one <see cref="FakeBedrock"/>, with the fake's credentials injected through options (no process environment),
/// a fixed clock and near-zero retry delays.
/// </summary>
public sealed class BedrockHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private BedrockHarness(FakeBedrock fake, ServiceProvider services, CapturingLoggerProvider logs)
    {
        Fake = fake;
        _services = services;
        Logs = logs;
    }

    public FakeBedrock Fake { get; }

    public CapturingLoggerProvider Logs { get; }

    public IAssetCollector Collector => _services.GetServices<IAssetCollector>().Single(c => c.Source == "aws");

    public static async Task<BedrockHarness> StartAsync(
        string[] regions,
        string[]? roleArns = null,
        AWSCredentials? credentials = null,
        int maxRetries = 3,
        Action<FakeBedrock>? arrange = null,
        string retryMaxDelay = "00:00:00.010")
    {
        var fake = await FakeBedrock.StartAsync(TestContext.Current.CancellationToken);
        arrange?.Invoke(fake);
        var settings = new Dictionary<string, string?>
        {
            ["Discovery:Aws:ServiceUrl"] = fake.Url.ToString(),
            ["Discovery:Aws:StsServiceUrl"] = fake.Url.ToString(),
            ["Discovery:Aws:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Discovery:Aws:RetryBaseDelay"] = "00:00:00.001",
            ["Discovery:Aws:RetryMaxDelay"] = retryMaxDelay,
        };
        for (var i = 0; i < regions.Length; i++)
        {
            settings[$"Discovery:Aws:Regions:{i}"] = regions[i];
        }

        for (var i = 0; i < (roleArns ?? []).Length; i++)
        {
            settings[$"Discovery:Aws:RoleArns:{i}"] = roleArns![i];
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(l => l.AddProvider(logs))
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Now))
            .AddAwsDiscovery(configuration)
            .Configure<AwsDiscoveryOptions>(o => o.Credentials = credentials ?? new BasicAWSCredentials(FakeBedrock.AccessKeyId, FakeBedrock.SecretAccessKey, FakeBedrock.AccountId))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new BedrockHarness(fake, services, logs);
    }

    public async Task<(CollectionResult Result, IReadOnlyList<CollectionProgress> Progress)> CollectAsync()
    {
        var progress = new ImmediateProgress();
        var result = await Collector.CollectAsync(progress, TestContext.Current.CancellationToken);
        return (result, progress.Reports);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
    }

    /// <summary>Records reports as they are made (<see cref="Progress{T}"/> would post them to the thread pool later).</summary>
    private sealed class ImmediateProgress : IProgress<CollectionProgress>
    {
        private readonly ConcurrentQueue<CollectionProgress> _reports = new();

        public IReadOnlyList<CollectionProgress> Reports => [.. _reports];

        public void Report(CollectionProgress value) => _reports.Enqueue(value);
    }
}
