using System.Text.Json;
using System.Text.Json.Nodes;
using static AiSec.Discovery.Manual.AssetJsonFields;
using System.Text.RegularExpressions;
using AiSec.Shared.Admin;
using AiSec.Shared.Assets;

namespace AiSec.Discovery.Manual;

/// <summary>A registration document field that cannot be used; the message names the field.</summary>
public sealed class AssetValidationException(string field, string message) : InvalidInputException(field, message);

/// <summary>
/// Reads an asset registered by hand (agents, vector databases, prompt templates, datasets: what no collector sees)
/// from the seed's camelCase fields with snake_case values, validating every enumerated field.
/// </summary>
public static partial class ManualAssetReader
{
    public static AiAsset Read(string json, DateTimeOffset now)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new AssetValidationException("$", "expected a JSON object");
        }
        catch (JsonException ex)
        {
            throw new AssetValidationException("$", $"not valid JSON ({ex.Message.Split(" LineNumber")[0].TrimEnd('.')})");
        }

        var name = Text(root, "name") ?? throw new AssetValidationException("name", "is required");
        if (name.Length is 0 or > 200)
        {
            throw new AssetValidationException("name", "must be 1 to 200 characters");
        }

        return new AiAsset
        {
            Id = Text(root, "id") ?? "manual:" + Slug(name),
            Name = name,
            Source = AssetVocabulary.Sources.Manual,
            AssetType = OneOf(root, "assetType", AssetVocabulary.Types.All, required: true)!,
            Owner = Text(root, "owner"),
            DataClassification = OneOf(root, "dataClassification", AssetVocabulary.Classification.All) ?? AssetVocabulary.Classification.Internal,
            NetworkExposure = OneOf(root, "networkExposure", AssetVocabulary.Exposure.All) ?? AssetVocabulary.Exposure.Internal,
            DeploymentEnv = OneOf(root, "deploymentEnv", AssetVocabulary.Environment.All) ?? AssetVocabulary.Environment.Production,
            RegulatoryScope = Strings(root, "regulatoryScope"),
            ModelName = Text(root, "modelName"),
            ModelVersion = Text(root, "modelVersion"),
            ModelProvider = Text(root, "modelProvider")?.ToLowerInvariant(),
            CloudProvider = Text(root, "cloudProvider"),
            Region = Text(root, "region"),
            IsSelfHosted = Flag(root, "isSelfHosted"),
            SbomAvailable = Flag(root, "sbomAvailable"),
            LicenseType = Text(root, "licenseType"),
            SourceUrl = Text(root, "sourceUrl"),
            GuardrailApp = Text(root, "guardrailApp"),
            LastSecurityReview = Date(root, "lastSecurityReview"),
            Upstream = Strings(root, "upstream"),
            Downstream = Strings(root, "downstream"),
            Properties = root["properties"] switch
            {
                null => [],
                JsonObject properties => (JsonObject)properties.DeepClone(),
                _ => throw new AssetValidationException("properties", "must be an object"),
            },
            FirstSeen = now,
            LastSeen = now,
        };
    }

    private static string Slug(string name) => NonSlug().Replace(name.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonSlug();
}
