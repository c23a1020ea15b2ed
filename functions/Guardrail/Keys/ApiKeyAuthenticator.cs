using AiSec.Guardrail.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AiSec.Guardrail.Keys;

/// <summary>
/// Who a request's <c>x-api-key</c> belongs to: the per-app keys created with <c>aisec guard keys create</c>, checked
/// against the cached key set (refreshed every <c>Guardrail:RefreshInterval</c>). The guardrail endpoints and the
/// incident intake authenticate the same way.
/// </summary>
public sealed class ApiKeyAuthenticator(GuardrailState state, IOptions<GuardrailOptions> options)
{
    public const string Header = "x-api-key";

    /// <returns>The caller, or null when the key is missing, unknown, revoked or wrong (dev mode accepts none).</returns>
    public ApiCaller? Authenticate(HttpRequest request, GuardrailSnapshot? snapshot = null)
    {
        var header = request.Headers[Header];
        if (header.Count == 0 || string.IsNullOrEmpty(header[0]))
        {
            return options.Value.DevMode ? new ApiCaller(null, null, "dev-mode") : null;
        }

        if (!ApiKeys.TryParse(header[0], out var keyId, out var secret)
            || !(snapshot ?? state.Current).Keys.TryGetValue(keyId, out var stored)
            || stored.RevokedAt is not null
            || !ApiKeys.Verify(stored, secret))
        {
            return null;
        }

        return new ApiCaller(stored.App, keyId, "key:" + keyId);
    }
}

/// <summary>An authenticated caller: its app (null in dev mode), key id and the actor its decisions are recorded as.</summary>
public sealed record ApiCaller(string? App, string? KeyId, string Actor);
