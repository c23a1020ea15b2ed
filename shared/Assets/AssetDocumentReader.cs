using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static AiSec.Shared.Assets.AssetJsonFields;

namespace AiSec.Shared.Assets;

/// <summary>
/// Reads one hand-written asset document: the registry's camelCase fields (<c>assetType</c>) or the seed's
/// <c>to_dict()</c> form (<c>asset_type</c>, <see cref="AssetDocumentFields"/>). Enumerated values come out canonical
/// (aliases such as <c>agent</c> are accepted); keys the product computes itself and keys it does not know are
/// ignored, so a registry export or a seed export reads as it is. Every problem is an
/// <see cref="AssetValidationException"/> naming the field. Discovery's manual registration and Risk's
/// <c>risk score</c> both read assets here, each naming the fields it cannot do without.
/// </summary>
public static partial class AssetDocumentReader
{
    /// <param name="json">The document.</param>
    /// <param name="required">camelCase names of the fields that must be present (absent ones otherwise take the registry's defaults).</param>
    public static AiAsset Read(string json, IReadOnlyCollection<string> required)
    {
        var root = ParseObject(json);
        var field = AssetDocumentFields.SpellingOf(root);
        bool Required(string camel) => required.Contains(camel);

        var name = Text(root, field("name"));
        if (name is null && Required("name"))
        {
            throw new AssetValidationException(field("name"), "is required");
        }

        if (name is { Length: > 200 })
        {
            throw new AssetValidationException(field("name"), "must be 1 to 200 characters");
        }

        return new AiAsset
        {
            Id = Text(root, field("id")) ?? "manual:" + Slug(name ?? ""),
            Name = name ?? "",
            Source = AssetVocabulary.Sources.Manual,
            AssetType = OneOf(root, field("assetType"), AssetVocabulary.Types.All, required: true)!,
            Description = Text(root, field("description")),
            Owner = Text(root, field("owner")),
            BusinessUnit = Text(root, field("businessUnit")),
            DataClassification = OneOf(root, field("dataClassification"), AssetVocabulary.Classification.All, Required("dataClassification"))
                ?? AssetVocabulary.Classification.Internal,
            NetworkExposure = OneOf(root, field("networkExposure"), AssetVocabulary.Exposure.All, Required("networkExposure"))
                ?? AssetVocabulary.Exposure.Internal,
            DeploymentEnv = OneOf(root, field("deploymentEnv"), AssetVocabulary.Environment.All, Required("deploymentEnv"))
                ?? AssetVocabulary.Environment.Production,
            RegulatoryScope = RegulatoryScopes(root, field("regulatoryScope")) ?? [],
            ModelName = Text(root, field("modelName")),
            ModelVersion = Text(root, field("modelVersion")),
            ModelProvider = Text(root, field("modelProvider"))?.ToLowerInvariant(),
            CloudProvider = Text(root, field("cloudProvider")),
            Region = Text(root, field("region")),
            IsSelfHosted = Flag(root, field("isSelfHosted")),
            SbomAvailable = Flag(root, field("sbomAvailable")),
            LicenseType = Text(root, field("licenseType")),
            SourceUrl = Text(root, field("sourceUrl")),
            GuardrailApp = Text(root, field("guardrailApp")),
            LastSecurityReview = Date(root, field("lastSecurityReview")),
            Endpoints = Strings(root, field("endpoints")),
            DataSources = Strings(root, field("dataSources")),
            Upstream = Strings(root, field("upstream")),
            Downstream = Strings(root, field("downstream")),
            Tags = Tags(root, field("tags")),
            Properties = root[field("properties")] switch
            {
                null => [],
                JsonObject properties => (JsonObject)properties.DeepClone(),
                _ => throw new AssetValidationException(field("properties"), "must be an object"),
            },
        };
    }

    /// <summary>Tags as the registry keeps them (name → value), or a plain list of labels (each a name with an empty value).</summary>
    private static Dictionary<string, string> Tags(JsonObject root, string field) => root[field] switch
    {
        null => [],
        JsonObject tags => tags.ToDictionary(
            t => t.Key,
            t => t.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new AssetValidationException($"{field}.{t.Key}", "must be a string"),
            StringComparer.Ordinal),
        JsonArray => Strings(root, field).Distinct(StringComparer.Ordinal).ToDictionary(t => t, _ => "", StringComparer.Ordinal),
        _ => throw new AssetValidationException(field, "must be an object of strings or an array of strings"),
    };

    private static string Slug(string name) => NonSlug().Replace(name.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonSlug();
}
