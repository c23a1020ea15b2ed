namespace AiSec.Testing.Fakes;

/// <summary>
/// A failure a fake injects on requests whose path contains <see cref="PathContains"/>, <see cref="Times"/> times
/// (or always, with <see cref="int.MaxValue"/>): a status with an optional Retry-After, or a malformed body.
/// </summary>
public sealed class FakeFault(string pathContains, int status, int times, string? body = null, string? retryAfter = null)
{
    private int _remaining = times;

    public string PathContains { get; } = pathContains;

    public int Status { get; } = status;

    public string? Body { get; } = body;

    public string? RetryAfter { get; } = retryAfter;

    /// <summary>Whether this fault fires for the request (and uses up one of its times).</summary>
    public bool Fires(string path)
    {
        if (!path.Contains(PathContains, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return _remaining == int.MaxValue || Interlocked.Decrement(ref _remaining) >= 0;
    }
}
