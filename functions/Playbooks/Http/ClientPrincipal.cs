using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace AiSec.Playbooks.Http;

/// <summary>
/// The person App Service Authentication signed in, from <c>X-MS-CLIENT-PRINCIPAL</c> (base64 JSON: <c>auth_typ</c>,
/// <c>name_typ</c>, <c>claims[{typ, val}]</c>). The platform sets that header and drops any copy a client sends; the
/// local host has no such front door, which is why it listens on loopback only.
/// </summary>
/// <param name="ObjectId">The Entra object id (<c>oid</c>), what group membership is checked for.</param>
/// <param name="Name">The sign-in name (UPN or e-mail), what people read on the timeline.</param>
public sealed record ClientPrincipal(string ObjectId, string Name)
{
    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public static bool IsPresent(HttpRequest request) => request.Headers.ContainsKey(IncidentsHttpHandler.PrincipalHeader);

    /// <returns>Null when the header is missing or is not a principal with an object id.</returns>
    public static ClientPrincipal? From(HttpRequest request)
    {
        var header = request.Headers[IncidentsHttpHandler.PrincipalHeader].ToString();
        if (header.Length is 0 or > 16_384)
        {
            return null;
        }

        try
        {
            var body = JsonSerializer.Deserialize<Body>(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            var claims = body?.Claims ?? [];
            string? Claim(params string[] types) => claims.FirstOrDefault(c => types.Contains(c.Type, StringComparer.Ordinal) && !string.IsNullOrWhiteSpace(c.Value))?.Value;
            var id = Claim(ObjectIdClaim, "oid");
            var name = Claim(body?.NameType ?? "", "preferred_username", "name", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn") ?? id;
            return id is null || name is null ? null : new ClientPrincipal(id, name);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    private sealed record Body(
        [property: JsonPropertyName("name_typ")] string? NameType,
        [property: JsonPropertyName("claims")] IReadOnlyList<ClaimEntry>? Claims);

    private sealed record ClaimEntry(
        [property: JsonPropertyName("typ")] string Type,
        [property: JsonPropertyName("val")] string Value);
}
