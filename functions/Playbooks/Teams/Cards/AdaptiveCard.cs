using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiSec.Playbooks.Teams.Cards;

/// <summary>
/// An Adaptive Card 1.4, the version Teams renders in channel messages: typed, so a card cannot carry a property the
/// schema (<c>adaptive-card-1.4.schema.json</c>, shipped beside this file) does not know.
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>Teams refuses a message whose card is larger than this (28 KB).</summary>
    public const int MaxBytes = 28 * 1024;

    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "AdaptiveCard";

    public string Version { get; init; } = "1.4";

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Shown by a client that cannot render the card, and in notifications.</summary>
    public string? FallbackText { get; init; }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public int SizeInBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Json).Length;
}
