namespace AiSec.Discovery.Registry;

/// <summary>One security-relevant difference between what the registry had and what a scan saw.</summary>
public sealed record AssetChange(string AssetId, string Kind, string? Details = null);

/// <summary>The change kinds, as they appear in audit records and <c>discovery-changes</c> messages.</summary>
public static class AssetChangeKinds
{
    public const string NewAsset = "new_asset";
    public const string Reappeared = "asset_reappeared";
    public const string Missing = "asset_missing";
    public const string Unknown = "asset_unknown";
    public const string ModelChanged = "model_changed";
    public const string ModelVersionChanged = "model_version_changed";
    public const string PublicAccessEnabled = "public_access_enabled";
    public const string ExposureChanged = "exposure_changed";
    public const string LocalAuthEnabled = "local_auth_enabled";
    public const string RaiPolicyRemoved = "rai_policy_removed";
    public const string RaiPolicyChanged = "rai_policy_changed";
    public const string PromptShieldDisabled = "prompt_shield_disabled";
    public const string GuardrailRemoved = "guardrail_removed";
    public const string InvocationLoggingDisabled = "invocation_logging_disabled";
    public const string PickleWeightsAppeared = "pickle_weights_appeared";
    public const string DangerousPickleAppeared = "dangerous_pickle_appeared";
    public const string WeightsChanged = "weights_changed";
}
