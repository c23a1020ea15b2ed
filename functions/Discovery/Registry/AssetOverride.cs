using AiSec.Shared.Assets;

namespace AiSec.Discovery.Registry;

/// <summary>
/// Facts a person set on an asset (owner, classification, scope, ...). They win over resource tags and collector
/// defaults on every rediscovery; a null field leaves the discovered value alone.
/// </summary>
public sealed record AssetOverride
{
    public required string AssetId { get; init; }

    public string? Owner { get; init; }

    public string? DataClassification { get; init; }

    public IReadOnlyList<string>? RegulatoryScope { get; init; }

    public string? DeploymentEnv { get; init; }

    public string? GuardrailApp { get; init; }

    public DateTimeOffset? LastSecurityReview { get; init; }

    public bool? SbomAvailable { get; init; }

    public string? UpdatedBy { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The asset with these facts laid over it, in canonical spelling (an override stored by an earlier release may use an older one).</summary>
    public AiAsset ApplyTo(AiAsset asset) => AssetVocabulary.Canonical(asset with
    {
        Owner = Owner ?? asset.Owner,
        DataClassification = DataClassification ?? asset.DataClassification,
        RegulatoryScope = RegulatoryScope ?? asset.RegulatoryScope,
        DeploymentEnv = DeploymentEnv ?? asset.DeploymentEnv,
        GuardrailApp = GuardrailApp ?? asset.GuardrailApp,
        LastSecurityReview = LastSecurityReview ?? asset.LastSecurityReview,
        SbomAvailable = SbomAvailable ?? asset.SbomAvailable,
    });

    /// <summary>This override with <paramref name="newer"/>'s non-null fields laid over it.</summary>
    public AssetOverride Merge(AssetOverride newer) => this with
    {
        Owner = newer.Owner ?? Owner,
        DataClassification = newer.DataClassification ?? DataClassification,
        RegulatoryScope = newer.RegulatoryScope ?? RegulatoryScope,
        DeploymentEnv = newer.DeploymentEnv ?? DeploymentEnv,
        GuardrailApp = newer.GuardrailApp ?? GuardrailApp,
        LastSecurityReview = newer.LastSecurityReview ?? LastSecurityReview,
        SbomAvailable = newer.SbomAvailable ?? SbomAvailable,
        UpdatedBy = newer.UpdatedBy,
        UpdatedAt = newer.UpdatedAt,
    };
}
