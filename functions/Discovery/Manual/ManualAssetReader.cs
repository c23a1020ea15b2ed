using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiSec.Shared.Assets;

namespace AiSec.Discovery.Manual;

/// <summary>A registration document field that cannot be used; the message names the field.</summary>
public sealed class AssetValidationException(string field, string message) : Exception($"{field}: {message}")
{
    public string Field { get; } = field;
}

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

    private static string? Text(JsonObject root, string field) => root[field] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        _ => throw new AssetValidationException(field, "must be a string"),
    };

    private static string? OneOf(JsonObject root, string field, IReadOnlyList<string> allowed, bool required = false)
    {
        var value = Text(root, field)?.ToLowerInvariant();
        if (value is null)
        {
            return required ? throw new AssetValidationException(field, $"is required (one of {string.Join(", ", allowed)})") : null;
        }

        return allowed.Contains(value) ? value : throw new AssetValidationException(field, $"'{value}' is not one of {string.Join(", ", allowed)}");
    }

    private static bool Flag(JsonObject root, string field) => root[field] switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => throw new AssetValidationException(field, "must be true or false"),
    };

    private static List<string> Strings(JsonObject root, string field) => root[field] switch
    {
        null => [],
        JsonArray array => array.Select((item, i) => item is JsonValue v && v.TryGetValue<string>(out var s)
            ? s
            : throw new AssetValidationException($"{field}[{i}]", "must be a string")).ToList(),
        _ => throw new AssetValidationException(field, "must be an array of strings"),
    };

    private static DateTimeOffset? Date(JsonObject root, string field) =>
        Text(root, field) is not { } text ? null
        : DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date
        : throw new AssetValidationException(field, $"'{text}' is not an ISO date");

    private static string Slug(string name) => NonSlug().Replace(name.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonSlug();
}
