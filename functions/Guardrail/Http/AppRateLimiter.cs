using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace AiSec.Guardrail.Http;

/// <summary>Token bucket per app (System.Threading.RateLimiting), sized by the app's policy.</summary>
public sealed class AppRateLimiter : IDisposable
{
    private readonly ConcurrentDictionary<(string App, int Rate), TokenBucketRateLimiter> _limiters = new();

    /// <summary>Null when allowed; otherwise how long to wait before retrying.</summary>
    public TimeSpan? TryAcquire(string app, int requestsPerSecond)
    {
        if (requestsPerSecond <= 0)
        {
            return null;
        }

        var limiter = _limiters.GetOrAdd((app, requestsPerSecond), key => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = key.Rate,
            TokensPerPeriod = key.Rate,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
        using var lease = limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
