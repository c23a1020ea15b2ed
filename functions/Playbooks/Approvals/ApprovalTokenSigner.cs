using System.Globalization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AiSec.Playbooks.Approvals;

/// <summary>
/// Signs and checks approval tokens as compact JWTs (HMAC-SHA256) with Microsoft.IdentityModel.JsonWebTokens: a
/// well-kept, constant-time implementation of a standard format. ASP.NET Core Data Protection was the other candidate;
/// it was not chosen because its key ring must be shared and rotated through its own storage by every instance of
/// both hosts, while the product already keeps one secret per purpose in Key Vault (or a local file), and because
/// neither library knows "used once": that is the <see cref="ApprovalLedger"/>'s conditional write. Expiry is checked
/// here against <see cref="TimeProvider"/>, so an expired link is told apart from a forged one.
/// </summary>
public sealed class ApprovalTokenSigner(ApprovalKeyProvider keys, TimeProvider time)
{
    private const string Issuer = "aisec-approvals";
    private const string Audience = "aisec-approval-page";
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public async Task<string> SignAsync(ApprovalToken token, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(cancellationToken);
        var now = time.GetUtcNow();
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime.AddMinutes(-5),
            Expires = token.ExpiresAt.UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Jti] = token.Id,
                ["inc"] = token.IncidentId,
                ["step"] = token.Step,
                ["role"] = token.Role,
                ["dec"] = token.Decisions.ToArray(),
            },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <returns>The token, or why it is refused: <see cref="ApprovalRefusals.Tampered"/> or <see cref="ApprovalRefusals.Expired"/>.</returns>
    public async Task<(ApprovalToken? Token, string? Refusal)> ReadAsync(string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 4_096)
        {
            return (null, ApprovalRefusals.Tampered);
        }

        var key = await keys.GetAsync(cancellationToken);
        var result = await Handler.ValidateTokenAsync(text, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            // Checked below on the product's clock, so that "expired" is its own answer.
            ValidateLifetime = false,
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt || Read(jwt) is not { } token)
        {
            return (null, ApprovalRefusals.Tampered);
        }

        return token.ExpiresAt <= time.GetUtcNow() ? (token, ApprovalRefusals.Expired) : (token, null);
    }

    private static ApprovalToken? Read(JsonWebToken jwt)
    {
        var claims = jwt.Claims.ToList();
        string? One(string type) => claims.SingleOrDefault(c => c.Type == type)?.Value;
        if (One("inc") is not { Length: > 0 } incident || !int.TryParse(One("step"), NumberStyles.None, CultureInfo.InvariantCulture, out var step)
            || One("role") is not { Length: > 0 } role || string.IsNullOrEmpty(jwt.Id))
        {
            return null;
        }

        return new ApprovalToken(jwt.Id, incident, step, role, [.. claims.Where(c => c.Type == "dec").Select(c => c.Value)],
            new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero));
    }

    /// <summary>A fresh token id: 128 random bits, safe in a table key.</summary>
    public static string NewId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
