using AiSec.Shared.Assets;

namespace AiSec.Discovery.Collectors;

/// <summary>
/// Resource tags people put on cloud resources (Azure tags, AWS tags) to fill registry fields automatically: <c>aisec-owner</c>,
/// <c>aisec-data-classification</c>, <c>aisec-regulatory</c> (comma or semicolon separated),
/// <c>aisec-environment</c> and <c>aisec-guardrail-app</c>. Values outside the vocabulary are ignored; aliases and
/// regulatory scopes are stored in their canonical spelling.
/// </summary>
public static class OwnershipTags
{
    public const string Owner = "aisec-owner";
    public const string DataClassification = "aisec-data-classification";
    public const string Regulatory = "aisec-regulatory";
    public const string Environment = "aisec-environment";
    public const string GuardrailApp = "aisec-guardrail-app";

    public static AiAsset Apply(AiAsset asset)
    {
        var tags = new Dictionary<string, string>(asset.Tags, StringComparer.OrdinalIgnoreCase);
        return asset with
        {
            Owner = Value(tags, Owner) ?? asset.Owner,
            DataClassification = AssetVocabulary.Classification.All.Canonical(Value(tags, DataClassification)) ?? asset.DataClassification,
            RegulatoryScope = Value(tags, Regulatory) is { } scopes
                ? AssetVocabulary.Regulatory.Canonical(scopes.Split([',', ';']))
                : asset.RegulatoryScope,
            DeploymentEnv = AssetVocabulary.Environment.All.Canonical(Value(tags, Environment)) ?? asset.DeploymentEnv,
            GuardrailApp = Value(tags, GuardrailApp) ?? asset.GuardrailApp,
        };
    }

    private static string? Value(Dictionary<string, string> tags, string key) =>
        tags.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
