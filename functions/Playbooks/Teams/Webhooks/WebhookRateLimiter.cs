using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AiSec.Playbooks.Teams.Webhooks;

/// <summary>
/// At most <c>Playbooks:Teams:RequestsPerSecond</c> posts per webhook URL in this process (System.Threading.RateLimiting:
/// a sliding one-second window per URL). One per process, so every HTTP handler the client factory rotates in shares it;
/// a post waits in order for its turn, bounded by the notice's delivery timeout.
/// </summary>
public sealed class WebhookRateLimiter(IOptions<TeamsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(url =>
        RateLimitPartition.GetSlidingWindowLimiter(url, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RequestsPerSecond,
            Window = TimeSpan.FromSeconds(1),
            SegmentsPerWindow = 10,
            QueueLimit = 10_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));

    public ValueTask<RateLimitLease> AcquireAsync(string url, CancellationToken cancellationToken) => _limiter.AcquireAsync(url, 1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}

/// <summary>Paces each attempt (it sits below the retry handler, so retries wait their turn too).</summary>
public sealed class WebhookPacingHandler(WebhookRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(request.RequestUri?.GetLeftPart(UriPartial.Path) ?? "", cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new HttpRequestException("Too many Teams posts are queued for this webhook.");
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
