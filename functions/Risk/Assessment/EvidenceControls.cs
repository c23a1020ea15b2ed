using System.Text.Json.Nodes;
using AiSec.Risk.Scoring;
using AiSec.Shared.Assets;

namespace AiSec.Risk.Assessment;

/// <summary>
/// Controls from observed evidence, not declarations: what discovery saw on the resource and whether our guardrail
/// screened traffic for the asset's app recently. Each control says where its evidence came from; a control
/// without evidence is absent (not operational).
/// </summary>
public static class EvidenceControls
{
    public static IReadOnlyList<ControlState> For(AiAsset asset, GuardrailTraffic traffic, IEnumerable<Attestation>? attestations = null, DateTimeOffset? now = null)
    {
        var p = asset.Properties;
        var controls = new List<ControlState>();
        if (asset.GuardrailApp is { Length: > 0 } app && traffic.Requests(app) is > 0 and var requests)
        {
            var evidence = $"guardrail screened {requests} requests for app '{app}' in the last 24 h";
            controls.Add(new("input_filtering", true, evidence));
            controls.Add(new("guardrails", true, evidence));
        }

        if (Text(p, EvidenceKeys.RaiPolicyName) is { Length: > 0 } rai)
        {
            controls.Add(new("output_filtering", true, $"content filter policy '{rai}' attached"));
        }
        else if (p[EvidenceKeys.Guardrails] is JsonArray { Count: > 0 } guardrails)
        {
            controls.Add(new("output_filtering", true, $"{guardrails.Count} Bedrock guardrail(s) configured"));
        }

        if (string.Equals(Text(p, EvidenceKeys.PublicNetworkAccess), "Disabled", StringComparison.OrdinalIgnoreCase))
        {
            controls.Add(new("network_isolation", true, "public network access disabled"));
        }
        else if (p[EvidenceKeys.PrivateEndpoints] is JsonArray { Count: > 0 } endpoints)
        {
            controls.Add(new("network_isolation", true, $"{endpoints.Count} private endpoint(s)"));
        }

        if (Flag(p, EvidenceKeys.DisableLocalAuth))
        {
            controls.Add(new("authentication", true, "local (key) authentication disabled: Entra ID only"));
        }
        else if (Text(p, EvidenceKeys.AuthMode) is "AADToken" or "AMLToken" or "Key" or "aadtoken" or "amltoken" or "key")
        {
            controls.Add(new("authentication", true, $"endpoint auth mode {Text(p, EvidenceKeys.AuthMode)}"));
        }

        if (Flag(p, EvidenceKeys.CustomerManagedKey))
        {
            controls.Add(new("encryption_at_rest", true, "customer-managed key"));
        }

        if (Flag(p, EvidenceKeys.InvocationLogging))
        {
            controls.Add(new("access_logging", true, "model invocation logging enabled"));
        }
        else if (Flag(p, EvidenceKeys.DiagnosticSettings))
        {
            controls.Add(new("access_logging", true, "diagnostic settings configured"));
        }

        if (Text(p, EvidenceKeys.Endpoint) is { } endpoint && endpoint.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            controls.Add(new("encryption_in_transit", true, "HTTPS-only endpoint"));
        }

        foreach (var attestation in attestations ?? [])
        {
            if (now is { } at && attestation.IsValid(at) && !controls.Any(c => c.Type == attestation.Control))
            {
                var until = attestation.ExpiresAt is { } expires ? $" until {expires:yyyy-MM-dd}" : "";
                controls.Add(new(attestation.Control, true, $"attested by {attestation.AttestedBy} on {attestation.AttestedAt:yyyy-MM-dd}{until}"));
            }
        }

        return controls;
    }

    private static string? Text(JsonObject p, string key) => p[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool Flag(JsonObject p, string key) => p[key] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
}
