using Microsoft.AspNetCore.Http;

namespace AiSec.Shared.Admin;

/// <summary>
/// Who made an admin change, as its audit record names them: <c>cli:&lt;OS user&gt;</c> for the CLI; for HTTP the
/// principal the platform signed in (<c>principal:&lt;name&gt;</c>) where there is one, else
/// <c>http:&lt;app or key id&gt;</c>. Every admin method takes one, so no change is made by nobody.
/// </summary>
public sealed record Actor
{
    /// <summary>
    /// Set by App Service authentication (Easy Auth), which drops any copy a client sends. Without that
    /// authentication in front (the local host), it is whatever the caller claims, which is still worth recording.
    /// </summary>
    public const string PrincipalNameHeader = "X-MS-CLIENT-PRINCIPAL-NAME";

    private const int MaxNameLength = 256;

    private Actor(string name) => Name = name;

    public string Name { get; }

    /// <summary>The person at the terminal: the OS user the CLI runs as.</summary>
    public static Actor Cli(string userName) => new("cli:" + Clean(userName, "unknown"));

    /// <summary>The product acting on its own behalf: <c>playbook:INC-…</c>, a timer, a signal.</summary>
    public static Actor System(string name) => new(Clean(name, "system"));

    /// <summary>
    /// A person named by an operator who has storage access (<c>aisec incidents approve --as alice</c>): recorded as
    /// that person, with the OS user that typed it, since nothing verified the name.
    /// </summary>
    public static Actor Operator(string person, string osUser) => new($"operator:{Clean(person, "unknown")} (cli:{Clean(osUser, "unknown")})");

    /// <summary>A person App Service Authentication signed in, by sign-in name (the approval page parses the principal itself).</summary>
    public static Actor Principal(string name) => new("principal:" + Clean(name, "unknown"));

    /// <summary>
    /// A name typed into a form on a development host (<c>Playbooks:Approvals:DevIdentity</c>): recorded as such, since
    /// nothing verified it.
    /// </summary>
    public static Actor DevIdentity(string name) => new("dev-identity:" + Clean(name, "unknown"));

    /// <param name="request">The request that makes the change.</param>
    /// <param name="appOrKeyId">The app or API key id the caller authenticated with, when the endpoint has one.</param>
    public static Actor Http(HttpRequest request, string? appOrKeyId = null)
    {
        var principal = request.Headers[PrincipalNameHeader].ToString();
        return string.IsNullOrWhiteSpace(principal)
            ? new("http:" + Clean(appOrKeyId, "anonymous"))
            : new("principal:" + Clean(principal, "unknown"));
    }

    public override string ToString() => Name;

    /// <summary>Names come from headers and the OS: no control characters, bounded, never empty.</summary>
    private static string Clean(string? name, string fallback)
    {
        var cleaned = new string((name ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        return cleaned.Length == 0 ? fallback : cleaned.Length <= MaxNameLength ? cleaned : cleaned[..MaxNameLength];
    }
}
