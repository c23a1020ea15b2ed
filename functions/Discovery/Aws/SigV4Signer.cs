using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;

namespace AiSec.Discovery.Aws;

/// <summary>
/// Signs a body-less <see cref="HttpRequestMessage"/> with AWS Signature Version 4 using AWSSDK.Core's
/// <see cref="AWS4Signer"/>: the SDK sets the x-amz-date and host headers and builds the canonical request (path
/// double-encoding, query ordering, header canonicalisation), the signing key and the signature. The SDK signs only
/// its own <c>IRequest</c> objects, so this class derives from <see cref="AWS4Signer"/> to reach its protected
/// canonicalisation helpers. Hand-written here: copying the signed headers onto the HttpRequestMessage, ordering
/// them (lower-case, ordinal) and the session-token header, which the SDK adds in its request pipeline, not its signer.
/// </summary>
public sealed class SigV4Signer : AWS4Signer
{
    public const string SecurityTokenHeader = "x-amz-security-token";

    private SigV4Signer()
    {
    }

    /// <summary>A body-less request for <paramref name="endpoint"/> + the path and query, signed.</summary>
    /// <param name="resourcePath">The unencoded path with <c>{name}</c> placeholders for <paramref name="pathValues"/>.</param>
    /// <param name="query">Unencoded query parameters.</param>
    public static HttpRequestMessage CreateSigned(
        HttpMethod method,
        Uri endpoint,
        string resourcePath,
        IDictionary<string, string>? pathValues,
        IReadOnlyList<KeyValuePair<string, string>> query,
        ImmutableCredentials credentials,
        string region,
        string service,
        DateTimeOffset signedAt)
    {
        var queryString = string.Join('&', query.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        var uri = new Uri(endpoint, EncodePath(resourcePath, pathValues).TrimStart('/') + (queryString.Length > 0 ? "?" + queryString : ""));
        var request = new HttpRequestMessage(method, uri);
        Sign(request, credentials, region, service, signedAt, Uri.UnescapeDataString(endpoint.AbsolutePath.TrimEnd('/')) + resourcePath, pathValues, query);
        return request;
    }

    /// <param name="request">A body-less request whose URI is <paramref name="resourcePath"/> and <paramref name="query"/>, encoded once.</param>
    /// <param name="resourcePath">The unencoded path with <c>{name}</c> placeholders for <paramref name="pathValues"/>.</param>
    /// <param name="query">The unencoded query parameters.</param>
    public static void Sign(
        HttpRequestMessage request,
        ImmutableCredentials credentials,
        string region,
        string service,
        DateTimeOffset signedAt,
        string resourcePath,
        IDictionary<string, string>? pathValues,
        IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        var at = signedAt.UtcDateTime;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        InitializeHeaders(headers, uri, at);
        if (credentials.UseToken)
        {
            headers[SecurityTokenHeader] = credentials.Token;
        }

        var signed = new SortedDictionary<string, string>(
            headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value), StringComparer.Ordinal);
        var canonicalRequest = CanonicalizeRequest(
            new Uri(uri.GetLeftPart(UriPartial.Authority)),
            resourcePath,
            request.Method.Method,
            signed,
            CanonicalizeQueryParameters(query),
            EmptyBodySha256,
            pathValues ?? new Dictionary<string, string>(),
            doubleEncode: true);
        var signature = ComputeSignature(credentials, region, at, service, CanonicalizeHeaderNames(signed), canonicalRequest);

        foreach (var (name, value) in signed)
        {
            if (name == "host")
            {
                request.Headers.Host = value;
                continue;
            }

            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", signature.ForAuthorizationHeader);
    }

    /// <summary>The wire form of a resource path: each placeholder replaced by its value, percent-encoded once.</summary>
    public static string EncodePath(string resourcePath, IDictionary<string, string>? pathValues)
    {
        var path = resourcePath;
        foreach (var (name, value) in pathValues ?? new Dictionary<string, string>())
        {
            path = path.Replace(name, Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        return path;
    }
}
