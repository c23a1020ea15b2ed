using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace AiSec.Shared.Assets;

/// <summary>
/// The names an asset document may use for each field: the registry's camelCase name, or the key the seed's
/// <c>AIAsset.to_dict()</c> emits for it. A document may mix the two, but never give one field under both names.
/// </summary>
public static class AssetDocumentFields
{
    /// <summary>camelCase name → the seed's <c>to_dict()</c> key; product-only fields get the same snake_case form.</summary>
    public static readonly FrozenDictionary<string, string> SeedNames = new Dictionary<string, string>
    {
        ["id"] = "asset_id",
        ["name"] = "name",
        ["assetType"] = "asset_type",
        ["description"] = "description",
        ["owner"] = "owner",
        ["businessUnit"] = "business_unit",
        ["dataClassification"] = "data_classification",
        ["deploymentEnv"] = "deployment_env",
        ["modelProvider"] = "model_provider",
        ["modelVersion"] = "model_version",
        ["isSelfHosted"] = "is_self_hosted",
        ["endpoints"] = "endpoints",
        ["dataSources"] = "data_sources",
        ["upstream"] = "dependencies",
        ["regulatoryScope"] = "regulatory_scope",
        ["lastSecurityReview"] = "last_security_review",
        ["tags"] = "tags",
        ["sbomAvailable"] = "sbom_available",
        ["licenseType"] = "license_type",
        ["sourceUrl"] = "source_url",
        ["networkExposure"] = "network_exposure",
        ["modelName"] = "model_name",
        ["cloudProvider"] = "cloud_provider",
        ["region"] = "region",
        ["guardrailApp"] = "guardrail_app",
        ["downstream"] = "downstream",
        ["properties"] = "properties",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// <c>to_dict()</c> keys the product computes itself and ignores on input: the risk score (Risk assesses), the
    /// registry's own first/last-seen dates, and controls (observed from evidence, attested, or <c>--controls-file</c>).
    /// </summary>
    public static readonly FrozenSet<string> Computed = new[] { "risk_score", "created_at", "updated_at", "controls" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How one document spells each field; a missing field is named in the document's own style.</summary>
    public static Func<string, string> SpellingOf(JsonObject root)
    {
        var seedStyle = root.Any(p => p.Key.Contains('_', StringComparison.Ordinal) && (Computed.Contains(p.Key) || SeedNames.Values.Contains(p.Key)));
        foreach (var (camel, seed) in SeedNames)
        {
            if (camel != seed && root.ContainsKey(camel) && root.ContainsKey(seed))
            {
                throw new AssetValidationException(seed, $"given twice, as '{camel}' and '{seed}'; use one");
            }
        }

        return camel =>
        {
            var seed = SeedNames[camel];
            return root.ContainsKey(camel) ? camel : root.ContainsKey(seed) || seedStyle ? seed : camel;
        };
    }
}
