using AiSec.Discovery.Registry;
using AiSec.Shared.Assets;
using static AiSec.Shared.Assets.AssetJsonFields;

namespace AiSec.Discovery.Manual;

/// <summary>
/// Reads what a person sets on an existing asset: owner, dataClassification, regulatoryScope, deploymentEnv,
/// guardrailApp, lastSecurityReview, sbomAvailable. Unknown fields are rejected so a typo never silently does nothing.
/// </summary>
public static class AnnotationReader
{
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "owner", "dataClassification", "regulatoryScope", "deploymentEnv", "guardrailApp", "lastSecurityReview", "sbomAvailable",
    };

    public static AssetOverride Read(string json, string assetId, string actor, DateTimeOffset now)
    {
        var root = ParseObject(json);

        if (root.Select(p => p.Key).FirstOrDefault(k => !Fields.Contains(k)) is { } unknown)
        {
            throw new AssetValidationException(unknown, $"cannot be annotated; use one of {string.Join(", ", Fields)}");
        }

        var annotation = new AssetOverride
        {
            AssetId = assetId,
            Owner = Text(root, "owner"),
            DataClassification = OneOf(root, "dataClassification", AssetVocabulary.Classification.All),
            RegulatoryScope = RegulatoryScopes(root, "regulatoryScope"),
            DeploymentEnv = OneOf(root, "deploymentEnv", AssetVocabulary.Environment.All),
            GuardrailApp = Text(root, "guardrailApp"),
            LastSecurityReview = Date(root, "lastSecurityReview"),
            SbomAvailable = OptionalFlag(root, "sbomAvailable"),
            UpdatedBy = actor,
            UpdatedAt = now,
        };
        return annotation is { Owner: null, DataClassification: null, RegulatoryScope: null, DeploymentEnv: null, GuardrailApp: null, LastSecurityReview: null, SbomAvailable: null }
            ? throw new AssetValidationException("$", $"nothing to annotate; set at least one of {string.Join(", ", Fields)}")
            : annotation;
    }
}
