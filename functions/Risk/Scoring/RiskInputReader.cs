using System.Text.Json;
using AiSec.Shared.Assets;

namespace AiSec.Risk.Scoring;

/// <summary>A field of an asset or controls document that cannot be used; the message names the field.</summary>
public sealed class RiskInputException(string message) : Exception(message);

/// <summary>
/// Reads an asset document (the shared <see cref="AssetDocumentReader"/>: camelCase or the seed's <c>to_dict()</c>
/// form) and a controls list into validated inputs. Scoring needs the type and the three fields the exposure and
/// sensitivity scores come from; a default would score something else, so they must be given.
/// Every problem names its field.
/// </summary>
public static class RiskInputReader
{
    public static readonly IReadOnlyCollection<string> RequiredFields = ["assetType", "dataClassification", "deploymentEnv", "networkExposure"];

    public static RiskInput ReadAsset(string json)
    {
        try
        {
            return AssetRiskInput.From(AssetDocumentReader.Read(json, RequiredFields));
        }
        catch (AssetValidationException ex)
        {
            throw new RiskInputException(ex.Message);
        }
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

    private static RiskInputException Unknown(string field, string value, IEnumerable<string> allowed) =>
        new($"{field} '{value}' is not one of {string.Join(", ", allowed.Order(StringComparer.Ordinal))}");

    private static string Field(string? path, string name) => path is null ? name : $"{path}.{name}";
}
