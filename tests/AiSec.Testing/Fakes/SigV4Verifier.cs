using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AiSec.Testing.Fakes;

/// <summary>
/// Recomputes an AWS Signature Version 4 from the request as received, written from the published algorithm and
/// independent of AWSSDK.Core, so a fake that accepts a request proves the client really signed it.
/// </summary>
public static partial class SigV4Verifier
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>The parts of <c>Authorization: AWS4-HMAC-SHA256 Credential=AKID/date/region/service/aws4_request, SignedHeaders=a;b, Signature=hex</c>.</summary>
    public sealed record Authorization(string AccessKeyId, string Date, string Region, string Service, IReadOnlyList<string> SignedHeaders, string Signature);

    public static bool TryParse(string? header, out Authorization authorization)
    {
        authorization = null!;
        var match = header is null ? Match.Empty : AuthorizationPattern().Match(header);
        if (!match.Success)
        {
            return false;
        }

        authorization = new Authorization(
            match.Groups["key"].Value,
            match.Groups["date"].Value,
            match.Groups["region"].Value,
            match.Groups["service"].Value,
            match.Groups["headers"].Value.Split(';'),
            match.Groups["signature"].Value);
        return true;
    }

    /// <param name="rawPath">The path exactly as sent (percent-encoded once).</param>
    /// <param name="rawQuery">The query exactly as sent, without '?'.</param>
    /// <param name="headers">Request headers by lower-case name.</param>
    public static string Signature(
        string secretAccessKey,
        Authorization authorization,
        string amzDate,
        string method,
        string rawPath,
        string rawQuery,
        IReadOnlyDictionary<string, string> headers,
        string payloadHash)
    {
        var canonicalRequest = string.Join('\n',
            method,
            CanonicalPath(rawPath),
            CanonicalQuery(rawQuery),
            string.Concat(authorization.SignedHeaders.Select(h => h + ":" + CanonicalHeaderValue(headers.GetValueOrDefault(h, "")) + "\n")),
            string.Join(';', authorization.SignedHeaders),
            payloadHash);
        var scope = $"{authorization.Date}/{authorization.Region}/{authorization.Service}/aws4_request";
        var stringToSign = string.Join('\n', Algorithm, amzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));
        var key = Encoding.UTF8.GetBytes("AWS4" + secretAccessKey);
        foreach (var part in new[] { authorization.Date, authorization.Region, authorization.Service, "aws4_request" })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        return Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    public static string PayloadHash(byte[] body) => Hex(SHA256.HashData(body));

    /// <summary>Every service but S3 encodes the (already encoded) path segments once more.</summary>
    private static string CanonicalPath(string rawPath) =>
        rawPath.Length == 0 ? "/" : string.Join('/', rawPath.Split('/').Select(Encode));

    private static string CanonicalQuery(string rawQuery) =>
        string.Join('&', rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => (Key: Encode(Uri.UnescapeDataString(p[0])), Value: Encode(Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""))))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));

    private static string CanonicalHeaderValue(string value) => Whitespace().Replace(value.Trim(), " ");

    /// <summary>RFC 3986 encoding as SigV4 defines it: unreserved characters stay, every other byte is %XX upper-case.</summary>
    private static string Encode(string value)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                encoded.Append(c);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    [GeneratedRegex(@"^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/(?<date>\d{8})/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request, ?SignedHeaders=(?<headers>[a-z0-9;-]+), ?Signature=(?<signature>[0-9a-f]{64})$", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorizationPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
