namespace AiSec.Risk.Scoring;

/// <summary>The asset facts the risk model reads (the seed's fields), already validated to canonical values.</summary>
public sealed record RiskInput
{
    public string Name { get; init; } = "";

    public required string AssetType { get; init; }

    public required string DataClassification { get; init; }

    public required string DeploymentEnv { get; init; }

    public IReadOnlyList<string> RegulatoryScope { get; init; } = [];

    public string? ModelProvider { get; init; }

    public bool IsSelfHosted { get; init; }

    public DateTimeOffset? LastSecurityReview { get; init; }

    public bool SbomAvailable { get; init; }

    public string? LicenseType { get; init; }

    public string? SourceUrl { get; init; }

    public required string NetworkExposure { get; init; }
}

/// <summary>A security control and whether it is operational, with where that knowledge came from.</summary>
public sealed record ControlState(string Type, bool Operational, string Evidence = "declared");
