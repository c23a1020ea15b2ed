using System.Text.Json.Nodes;

namespace AiSec.Discovery.Manual;

/// <summary>
/// Typed reads of the fields people send (registrations, annotations): a wrong type or a value outside the
/// vocabulary is an <see cref="AssetValidationException"/> naming the field.
/// </summary>
public static class AssetJsonFields
{
    public static string? Text(JsonObject root, string field) => root[field] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        _ => throw new AssetValidationException(field, "must be a string"),
    };

    public static string? OneOf(JsonObject root, string field, IReadOnlyList<string> allowed, bool required = false)
    {
        var value = Text(root, field)?.ToLowerInvariant();
        if (value is null)
        {
            return required ? throw new AssetValidationException(field, $"is required (one of {string.Join(", ", allowed)})") : null;
        }

        return allowed.Contains(value) ? value : throw new AssetValidationException(field, $"'{value}' is not one of {string.Join(", ", allowed)}");
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

    public static DateTimeOffset? Date(JsonObject root, string field) =>
        Text(root, field) is not { } text ? null
        : DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date
        : throw new AssetValidationException(field, $"'{text}' is not an ISO date");
}
