using System.Text.Json.Serialization;

namespace AiSec.Program.Metrics;

/// <summary>
/// The seed's program metrics, under its names (serialized snake_case: <c>total_ai_assets</c>, ...). A null is "no
/// data" (nothing to measure yet), never a zero. Rates are fractions (0.75 = 75 %). Each metric's definition, where
/// this product had to choose one, is in <see cref="MetricDefinitions"/>.
/// </summary>
public sealed record ProgramMetrics
{
    public required int TotalAiAssets { get; init; }

    public required int AssetsWithSecurityReview { get; init; }

    public required int AssetsWithStaleReview { get; init; }

    public required double? AssetCoverageRate { get; init; }

    public required int CriticalRiskAssets { get; init; }

    public required int HighRiskAssets { get; init; }

    public required double? MeanResidualRisk { get; init; }

    public required int RiskAcceptanceCount { get; init; }

    // The snake_case policy writes no underscore before digits.
    [JsonPropertyName("incidents_last_30_days")]
    public required int? IncidentsLast30Days { get; init; }

    public required double? MeanTimeToDetectHours { get; init; }

    public required double? MeanTimeToContainHours { get; init; }

    public required double? MeanTimeToResolveHours { get; init; }

    public required IReadOnlyDictionary<string, int>? IncidentsByCategory { get; init; }

    public required int ControlsDeployed { get; init; }

    public required int ControlsOperational { get; init; }

    public required double? ControlCoverageRate { get; init; }

    public required int RedTeamEngagementsYtd { get; init; }

    public required int FindingsFromRedTeam { get; init; }

    public required int FindingsRemediated { get; init; }

    public required double? RemediationRate { get; init; }

    public required int ComplianceGapCount { get; init; }

    public required int OverdueActions { get; init; }
}
