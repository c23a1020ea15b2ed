using System.Text.Json.Serialization;

namespace AiSec.Guardrail.Detection;

/// <summary>The answer to a check; its JSON field names are the HTTP and CLI contract.</summary>
public sealed record Verdict
{
    public required string Decision { get; init; }

    public required double Score { get; init; }

    public required IReadOnlyList<CategoryResult> Categories { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RedactedText { get; init; }

    public required string Policy { get; init; }

    public required string ModelVersion { get; init; }

    public required string RequestId { get; init; }

    public required double ElapsedMs { get; init; }

    public IReadOnlyDictionary<string, double> StageMs { get; init; } = new Dictionary<string, double>();

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }

    /// <summary>The secrets and PII found, with exact types and spans, for redacting audit excerpts; not part of the response.</summary>
    [JsonIgnore]
    public IReadOnlyList<Findings.Finding> Findings { get; init; } = [];
}

public sealed record CategoryResult
{
    public required string Name { get; init; }

    public required double Score { get; init; }

    public required IReadOnlyList<Span> Spans { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Rule { get; init; }

    /// <summary>Every rule that fired in this category, in the order they fired; <see cref="Rule"/> is the surest of them.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Rules { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Model { get; init; }

    /// <summary>Finer types (e.g. aws_access_key, email) for secret and pii.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Types { get; init; }

    public required string Action { get; init; }
}

/// <summary>A span of the text the caller sent (end exclusive); <c>encoding</c> says when it was hidden content.</summary>
public sealed record Span(int Start, int End, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Encoding = null);
