namespace AiSec.Shared.Assets;

/// <summary>
/// The <c>AiAsset.Properties</c> names Discovery writes and Risk reads as evidence of controls. One place, so the
/// two capabilities agree.
/// </summary>
public static class EvidenceKeys
{
    public const string PublicNetworkAccess = "publicNetworkAccess";
    public const string PrivateEndpoints = "privateEndpoints";
    public const string DisableLocalAuth = "disableLocalAuth";
    public const string AuthMode = "authMode";
    public const string CustomerManagedKey = "customerManagedKey";
    public const string RaiPolicyName = "raiPolicyName";
    public const string Guardrails = "guardrails";
    public const string InvocationLogging = "invocationLogging";
    public const string DiagnosticSettings = "diagnosticSettings";
    public const string Endpoint = "endpoint";
}
