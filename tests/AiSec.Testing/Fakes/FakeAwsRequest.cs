namespace AiSec.Testing.Fakes;

/// <summary>One request the fake received, with what its signature said and whether it verified.</summary>
public sealed record FakeAwsRequest(
    string Method,
    string Path,
    string Query,
    string? Authorization,
    string? AmzDate,
    string? SecurityToken,
    string? AccessKeyId,
    string? Service,
    string? Region,
    bool SignatureValid)
{
    /// <summary>The decoded query parameters.</summary>
    public IReadOnlyDictionary<string, string> QueryParameters =>
        Query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""), StringComparer.Ordinal);
}
