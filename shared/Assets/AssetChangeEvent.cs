using System.Text.Json.Serialization;

namespace AiSec.Shared.Assets;

/// <summary>
/// A message on the <c>discovery-changes</c> queue: Discovery saw an asset appear or change; Risk re-assesses it.
/// </summary>
public sealed record AssetChangeEvent(
    [property: JsonPropertyName("assetId")] string AssetId,
    [property: JsonPropertyName("change")] string Change,
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("details")] string? Details = null);
