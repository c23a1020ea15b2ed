using System.Text.Json.Nodes;

namespace AiSec.Discovery.AzureArm;

/// <summary>Tolerant reads of ARM resource JSON: a missing or oddly typed property is null, never an exception.</summary>
internal static class ArmJson
{
    public static string? Text(this JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool? Flag(this JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    public static long? Number(this JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;

    public static JsonObject? Object(this JsonNode? node, string name) => node?[name] as JsonObject;

    public static IEnumerable<JsonObject> Objects(this JsonNode? node, string name) =>
        node?[name] is JsonArray array ? array.OfType<JsonObject>() : [];

    /// <summary>The subscription id inside an ARM id (<c>/subscriptions/{id}/...</c>).</summary>
    public static string? SubscriptionOf(string armId)
    {
        var parts = armId.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts[0].Equals("subscriptions", StringComparison.OrdinalIgnoreCase) ? parts[1] : null;
    }
}
