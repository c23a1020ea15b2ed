using System.Security.Cryptography;
using System.Text;

namespace AiSec.Playbooks.Incidents;

/// <summary>
/// Incident ids, which are also orchestration instance ids: <c>INC-20261207-3f9a1c2b</c>. A signal's id always maps to
/// the same incident id, so a redelivered signal finds its incident instead of starting a second one.
/// </summary>
public static class IncidentIds
{
    public static string ForSignal(string signalId, DateTimeOffset detectedAt) =>
        $"INC-{detectedAt.UtcDateTime:yyyyMMdd}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(signalId)))[..8]}";

    public static string New(DateTimeOffset detectedAt) =>
        $"INC-{detectedAt.UtcDateTime:yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";

    /// <summary>Ids people type: INC-, 8 digits, 8 hex digits (any case).</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 21 } && id.StartsWith("INC-", StringComparison.OrdinalIgnoreCase) && id[12] == '-'
        && id.AsSpan(4, 8).ContainsAnyExceptInRange('0', '9') is false && id.AsSpan(13).ToString().All(Uri.IsHexDigit);

    public static string Normalize(string id) => "INC-" + id[4..].ToLowerInvariant();
}
