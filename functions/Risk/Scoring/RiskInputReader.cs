using System.Globalization;
using System.Text.Json;

namespace AiSec.Risk.Scoring;

/// <summary>A field of an asset or controls document that cannot be used; the message names the field.</summary>
public sealed class RiskInputException(string message) : Exception(message);

/// <summary>
/// Reads the seed's asset JSON (camelCase fields, snake_case values) and a controls list into validated inputs.
/// Every problem names its field: a wrong value is never silently scored as something else.
/// </summary>
public static class RiskInputReader
{
    public static RiskInput ReadAsset(string json)
    {
        using var document = Parse(json, "asset");
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new RiskInputException("asset: expected a JSON object");
        }

        var assetType = Required(root, "assetType").ToLowerInvariant();
        return new RiskInput
        {
            Name = Optional(root, "name") ?? "",
            AssetType = RiskTables.AssetTypeSynonyms.TryGetValue(assetType, out var canonical)
                ? canonical
                : throw Unknown("assetType", assetType, RiskTables.Capability.Keys),
            DataClassification = OneOf(root, "dataClassification", RiskTables.Classification.Keys),
            DeploymentEnv = OneOf(root, "deploymentEnv", RiskTables.Environment.Keys),
            NetworkExposure = OneOf(root, "networkExposure", RiskTables.Exposure.Keys),
            RegulatoryScope = StringArray(root, "regulatoryScope"),
            ModelProvider = Optional(root, "modelProvider")?.ToLowerInvariant(),
            IsSelfHosted = Boolean(root, "isSelfHosted"),
            LastSecurityReview = Date(root, "lastSecurityReview"),
            SbomAvailable = Boolean(root, "sbomAvailable"),
            LicenseType = Optional(root, "licenseType"),
            SourceUrl = Optional(root, "sourceUrl"),
        };
    }

    public static IReadOnlyList<ControlState> ReadControls(string json)
    {
        using var document = Parse(json, "controls");
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new RiskInputException("controls: expected a JSON array of {\"type\", \"operational\"}");
        }

        var controls = new List<ControlState>();
        var index = 0;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var path = $"controls[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new RiskInputException($"{path}: expected an object");
            }

            var type = Required(item, "type", path).ToLowerInvariant();
            if (!RiskTables.ControlWeights.ContainsKey(type))
            {
                throw Unknown($"{path}.type", type, RiskTables.ControlWeights.Keys);
            }

            controls.Add(new ControlState(type, Boolean(item, "operational", path, defaultValue: false), "declared"));
        }

        return controls;
    }

    private static JsonDocument Parse(string json, string what)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new RiskInputException($"{what}: not valid JSON ({ex.Message.Split(" LineNumber")[0].TrimEnd('.')}, line {ex.LineNumber + 1})");
        }
    }

    private static string Required(JsonElement root, string name, string? path = null) =>
        Optional(root, name, path) ?? throw new RiskInputException($"{Field(path, name)} is required");

    private static string? Optional(JsonElement root, string name, string? path = null)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new RiskInputException($"{Field(path, name)} must be a string");
    }

    private static string OneOf(JsonElement root, string name, IEnumerable<string> allowed)
    {
        var value = Required(root, name).ToLowerInvariant();
        return allowed.Contains(value) ? value : throw Unknown(name, value, allowed);
    }

    private static bool Boolean(JsonElement root, string name, string? path = null, bool defaultValue = false)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return defaultValue;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new RiskInputException($"{Field(path, name)} must be true or false"),
        };
    }

    private static List<string> StringArray(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new RiskInputException($"{name} must be an array of strings");
        }

        return value.EnumerateArray().Select((v, i) => v.ValueKind == JsonValueKind.String
            ? v.GetString()!.ToLowerInvariant()
            : throw new RiskInputException($"{name}[{i}] must be a string")).ToList();
    }

    private static DateTimeOffset? Date(JsonElement root, string name)
    {
        var text = Optional(root, name);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new RiskInputException($"{name} '{text}' is not an ISO date or date-time");
    }

    private static RiskInputException Unknown(string field, string value, IEnumerable<string> allowed) =>
        new($"{field} '{value}' is not one of {string.Join(", ", allowed.Order(StringComparer.Ordinal))}");

    private static string Field(string? path, string name) => path is null ? name : $"{path}.{name}";
}
