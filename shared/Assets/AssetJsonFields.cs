using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiSec.Shared.Assets;

/// <summary>
/// Typed reads of the fields people send (asset documents, annotations): a wrong type or a value outside the
/// vocabulary is an <see cref="AssetValidationException"/> naming the field.
/// </summary>
public static class AssetJsonFields
{
    public static JsonObject ParseObject(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw new AssetValidationException("$", "expected a JSON object");
        }
        catch (JsonException ex)
        {
            throw new AssetValidationException("$", $"not valid JSON ({ex.Message.Split(" LineNumber")[0].TrimEnd('.')}, line {ex.LineNumber + 1})");
        }
    }

    public static string? Text(JsonObject root, string field) => root[field] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        _ => throw new AssetValidationException(field, "must be a string"),
    };

    /// <summary>The canonical value of the field (an alias is accepted and mapped), or null when it is absent.</summary>
    public static string? OneOf(JsonObject root, string field, AssetTerms allowed, bool required = false)
    {
        var value = Text(root, field);
        if (value is null)
        {
            return required ? throw new AssetValidationException(field, $"is required (one of {allowed})") : null;
        }

        return allowed.Canonical(value) ?? throw new AssetValidationException(field, $"'{value}' is not one of {allowed}");
    }

    public static bool Flag(JsonObject root, string field) => OptionalFlag(root, field) ?? false;

    public static bool? OptionalFlag(JsonObject root, string field) => root[field] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => throw new AssetValidationException(field, "must be true or false"),
    };

    public static List<string> Strings(JsonObject root, string field) => OptionalStrings(root, field) ?? [];

    public static List<string>? OptionalStrings(JsonObject root, string field) => root[field] switch
    {
        null => null,
        JsonArray array => array.Select((item, i) => item is JsonValue v && v.TryGetValue<string>(out var s)
            ? s
            : throw new AssetValidationException($"{field}[{i}]", "must be a string")).ToList(),
        _ => throw new AssetValidationException(field, "must be an array of strings"),
    };

    /// <summary>Regulatory scopes in their canonical spelling (<see cref="AssetVocabulary.Regulatory"/>), or null when absent.</summary>
    public static IReadOnlyList<string>? RegulatoryScopes(JsonObject root, string field) =>
        OptionalStrings(root, field) is { } scopes ? AssetVocabulary.Regulatory.Canonical(scopes) : null;

    /// <summary>An ISO 8601 date or date-time; one without an offset is UTC (Python's <c>isoformat()</c> of a naive datetime).</summary>
    public static DateTimeOffset? Date(JsonObject root, string field) =>
        Text(root, field) is not { } text ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date
        : throw new AssetValidationException(field, $"'{text}' is not an ISO date or date-time");
}
