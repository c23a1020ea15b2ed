namespace AiSec.Testing.Fakes;

/// <summary>
/// A failure a fake injects on requests whose path contains <see cref="PathContains"/> (and, when given, whose method is
/// <see cref="Method"/>), <see cref="Times"/> times (or always, with <see cref="int.MaxValue"/>): a status with an optional
/// Retry-After, or a malformed body.
/// </summary>
public sealed class FakeFault(string pathContains, int status, int times, string? body = null, string? retryAfter = null, string? method = null)
{
    private int _remaining = times;

    public string PathContains { get; } = pathContains;

    public int Status { get; } = status;

    public string? Body { get; } = body;

    public string? RetryAfter { get; } = retryAfter;

    /// <summary>Only requests with this HTTP method (<c>PATCH</c>, <c>POST</c>...); null: any.</summary>
    public string? Method { get; } = method;

    /// <summary>Whether this fault fires for the request (and uses up one of its times).</summary>
    public bool Fires(string path, string? method = null)
    {
        if (!path.Contains(PathContains, StringComparison.OrdinalIgnoreCase)
            || (Method is not null && !string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return _remaining == int.MaxValue || Interlocked.Decrement(ref _remaining) >= 0;
    }
}
