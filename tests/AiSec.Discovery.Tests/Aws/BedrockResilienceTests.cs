using AiSec.Shared.Assets;
using AiSec.Testing.Fakes;
using Microsoft.Extensions.Logging;

namespace AiSec.Discovery.Tests.Aws;

/// <summary>Throttling and server errors are retried; a region that still fails is reported alone.</summary>
public sealed class BedrockResilienceTests
{
    private const string Good = "us-east-1";
    private const string Bad = "eu-west-1";

    [Fact]
    public async Task Throttled_request_is_retried_and_succeeds()
    {
        await using var aws = await BedrockHarness.StartAsync([Good], arrange: fake =>
            fake.Region(Good).FailNext("/custom-models", FakeBedrockFault.Throttled).AddCustomModel("after-throttle"));

        var (result, _) = await aws.CollectAsync();

        Assert.Empty(result.Failures);
        Assert.Equal("after-throttle", Assert.Single(result.Assets).Name);
        var attempts = aws.Fake.BedrockRequests(Good, "/custom-models");
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, a => Assert.True(a.SignatureValid));
    }

    [Fact]
    public async Task Retry_after_from_the_server_sets_the_wait()
    {
        await using var aws = await BedrockHarness.StartAsync([Good], retryMaxDelay: "00:00:05", arrange: fake =>
            fake.Region(Good).FailNext("/provisioned-model-throughputs", FakeBedrockFault.ThrottledForOneSecond));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (result, _) = await aws.CollectAsync();

        Assert.Empty(result.Failures);
        // The backoff starts at a millisecond; only the server's Retry-After: 1 (under the 5 s cap) explains a one-second wait.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {clock.Elapsed}");
        Assert.Equal(2, aws.Fake.BedrockRequests(Good, "/provisioned-model-throughputs").Count);
    }

    [Theory]
    [InlineData(FakeBedrockFault.ThrottledAs400)]
    [InlineData(FakeBedrockFault.InternalError)]
    [InlineData(FakeBedrockFault.BadGateway)]
    [InlineData(FakeBedrockFault.Unavailable)]
    [InlineData(FakeBedrockFault.GatewayTimeout)]
    [InlineData(FakeBedrockFault.Drop)]
    public async Task Transient_failure_once_is_retried_and_succeeds(FakeBedrockFault fault)
    {
        await using var aws = await BedrockHarness.StartAsync([Good], arrange: fake =>
            fake.Region(Good).FailNext("/guardrails", fault).AddGuardrail("retried"));

        var (result, _) = await aws.CollectAsync();

        Assert.Empty(result.Failures);
        Assert.Equal("retried", Assert.Single(result.Assets).Name);
        Assert.Equal(2, aws.Fake.BedrockRequests(Good, "/guardrails").Count);
    }

    [Fact]
    public async Task Forbidden_region_is_reported_and_other_regions_still_collected()
    {
        await using var aws = await BedrockHarness.StartAsync([Bad, Good], arrange: fake =>
        {
            fake.Region(Good).AddCustomModel("still-here");
            fake.Region(Bad).AddCustomModel("hidden");
            fake.Region(Bad).AlwaysFail = FakeBedrockFault.AccessDenied;
        });

        var (result, progress) = await aws.CollectAsync();

        Assert.Equal("still-here", Assert.Single(result.Assets).Name);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("aws/111122223333/eu-west-1", failure.Scope);
        Assert.Contains("AccessDeniedException", failure.Error, StringComparison.Ordinal);
        Assert.Contains("HTTP 403", failure.Error, StringComparison.Ordinal);
        Assert.True(result.CoversFailedScope("aws/111122223333/eu-west-1"));
        Assert.False(result.CoversFailedScope("aws/111122223333/us-east-1"));
        // Access denied is not transient: one request, no retries.
        Assert.Single(aws.Fake.Requests, r => r.Region == Bad);
        Assert.Contains(progress, p => p.Message.StartsWith("aws/111122223333/eu-west-1: failed", StringComparison.Ordinal));

        var logged = Assert.Single(aws.Logs.Entries, e => e.EventId.Id == 401);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Contains("aws/111122223333/eu-west-1", logged.Message, StringComparison.Ordinal);
        Assert.NotNull(logged.Exception);
    }

    [Fact]
    public async Task Malformed_json_fails_only_that_region()
    {
        await using var aws = await BedrockHarness.StartAsync([Good, Bad], arrange: fake =>
        {
            fake.Region(Good).AddImportedModel("fine");
            fake.Region(Bad).AddImportedModel("unreadable");
            fake.Region(Bad).FailNext("/imported-models", FakeBedrockFault.MalformedJson);
        });

        var (result, _) = await aws.CollectAsync();

        Assert.Equal("fine", Assert.Single(result.Assets).Name);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("aws/111122223333/eu-west-1", failure.Scope);
        Assert.Contains("GET /imported-models: the response is not the documented JSON", failure.Error, StringComparison.Ordinal);
        // A 200 with a broken body is not retried: the same answer would come back.
        Assert.Single(aws.Fake.BedrockRequests(Bad, "/imported-models"));
    }

    [Fact]
    public async Task Persistent_server_errors_fail_the_region_after_bounded_retries()
    {
        await using var aws = await BedrockHarness.StartAsync([Good, Bad], maxRetries: 2, arrange: fake =>
        {
            fake.Region(Good).AddCustomModel("healthy");
            fake.Region(Bad).AlwaysFail = FakeBedrockFault.Unavailable;
        });

        var (result, _) = await aws.CollectAsync();

        Assert.Equal("healthy", Assert.Single(result.Assets).Name);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("aws/111122223333/eu-west-1", failure.Scope);
        Assert.Contains("HTTP 503 ServiceUnavailableException", failure.Error, StringComparison.Ordinal);
        Assert.Equal(3, aws.Fake.Requests.Count(r => r.Region == Bad));
    }

    [Fact]
    public async Task Unreachable_region_fails_only_that_region()
    {
        await using var aws = await BedrockHarness.StartAsync([Bad, Good], maxRetries: 1, arrange: fake =>
        {
            fake.Region(Good).AddGuardrail("reachable");
            fake.Region(Bad).AlwaysFail = FakeBedrockFault.Drop;
        });

        var (result, _) = await aws.CollectAsync();

        Assert.Equal("reachable", Assert.Single(result.Assets).Name);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("aws/111122223333/eu-west-1", failure.Scope);
        Assert.StartsWith("unreachable", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_stops_the_run_instead_of_failing_a_region()
    {
        await using var aws = await BedrockHarness.StartAsync([Good], arrange: fake => fake.Region(Good).AddCustomModel("never-read"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => aws.Collector.CollectAsync(null, cancelled.Token));
    }

    [Fact]
    public async Task A_collector_without_regions_is_not_configured_and_reads_nothing()
    {
        await using var aws = await BedrockHarness.StartAsync([]);

        Assert.False(aws.Collector.IsConfigured);
        var (result, _) = await aws.CollectAsync();

        Assert.Empty(result.Assets);
        Assert.Empty(result.Failures);
        Assert.Empty(aws.Fake.Requests);
        Assert.Equal(AssetVocabulary.Sources.Aws, aws.Collector.Source);
    }
}
