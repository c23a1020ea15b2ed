using System.Text.Json.Nodes;

namespace AiSec.Shared.Assets;

/// <summary>
/// One AI asset in the registry: the storage contract between Discovery (writes) and Risk (reads). Serialized in
/// camelCase; enumerated fields use the seed's snake_case values in <see cref="AssetVocabulary"/>. A hand-written
/// asset (camelCase or the seed's <c>to_dict()</c> form) is read by <see cref="AssetDocumentReader"/>.
/// </summary>
public sealed record AiAsset
{
    /// <summary>Stable id: ARM id, ARN, <c>hf:</c> + path hash, or <c>manual:</c> + a slug.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Collector that owns the asset: <c>azure</c>, <c>aws</c>, <c>hf</c> or <c>manual</c>.</summary>
    public required string Source { get; init; }

    public required string AssetType { get; init; }

    /// <summary>
    /// Where the collector found the asset, as a slash-separated path (ARM subscription or account id, AWS
    /// <c>aws/&lt;account&gt;/&lt;region&gt;</c>, scan root). A failed scan of a scope marks the assets in it unknown.
    /// </summary>
    public string? Scope { get; init; }

    public string Status { get; init; } = AssetVocabulary.Status.Active;

    public string? ModelName { get; init; }

    public string? ModelVersion { get; init; }

    public string? ModelProvider { get; init; }

    public string? CloudProvider { get; init; }

    public string? Region { get; init; }

    public string NetworkExposure { get; init; } = AssetVocabulary.Exposure.Internal;

    public string? Owner { get; init; }

    public string? BusinessUnit { get; init; }

    public string DataClassification { get; init; } = AssetVocabulary.Classification.Internal;

    public IReadOnlyList<string> RegulatoryScope { get; init; } = [];

    public string DeploymentEnv { get; init; } = AssetVocabulary.Environment.Production;

    public bool IsSelfHosted { get; init; }

    public DateTimeOffset? LastSecurityReview { get; init; }

    public bool SbomAvailable { get; init; }

    public string? LicenseType { get; init; }

    public string? SourceUrl { get; init; }

    /// <summary>The guardrail application name that fronts this asset, linking guardrail traffic to it as evidence.</summary>
    public string? GuardrailApp { get; init; }

    /// <summary>URLs the asset is reached at (the seed's <c>endpoints</c>).</summary>
    public IReadOnlyList<string> Endpoints { get; init; } = [];

    /// <summary>Data the asset reads (the seed's <c>data_sources</c>): stores, feeds, document sets, registered or not.</summary>
    public IReadOnlyList<string> DataSources { get; init; } = [];

    /// <summary>Assets this one depends on (the seed's <c>dependencies</c>).</summary>
    public IReadOnlyList<string> Upstream { get; init; } = [];

    public IReadOnlyList<string> Downstream { get; init; } = [];

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    public DateTimeOffset FirstSeen { get; init; }

    public DateTimeOffset LastSeen { get; init; }

    /// <summary>Source-specific facts (deployment SKU, RAI policy, guardrail config, weight files, ...).</summary>
    public JsonObject Properties { get; init; } = [];
}
