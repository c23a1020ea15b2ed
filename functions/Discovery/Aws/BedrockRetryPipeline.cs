using System.Net;
using Polly;
using Polly.Retry;

namespace AiSec.Discovery.Aws;

/// <summary>
/// Retries Bedrock throttling (429, or any status whose error type is <c>ThrottlingException</c>) and server errors
/// (500/502/503/504) and transport failures, with exponential backoff and jitter, honouring Retry-After. Each attempt
/// builds and signs a fresh request, so x-amz-date is current on every retry.
/// </summary>
public static class BedrockRetryPipeline
{
    public static ResiliencePipeline<HttpResponseMessage> Create(AwsDiscoveryOptions options, TimeProvider timeProvider) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider, options.RetryMaxDelay)),
            })
            .Build();

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) => outcome switch
    {
        { Result: { } response } => IsTransient(response),
        { Exception: HttpRequestException } => true,
        // HttpClient's own timeout surfaces as a cancellation that the caller did not ask for.
        { Exception: OperationCanceledException } => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    public static bool IsTransient(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
        || (!response.IsSuccessStatusCode && BedrockErrors.HeaderErrorType(response) is "ThrottlingException");

    /// <summary>The server's Retry-After (seconds or a date), capped; null leaves the exponential backoff in charge.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider, TimeSpan max)
    {
        var header = response?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        return delay is { } d ? TimeSpan.FromTicks(Math.Clamp(d.Ticks, 0, max.Ticks)) : null;
    }
}
