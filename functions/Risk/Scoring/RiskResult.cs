namespace AiSec.Risk.Scoring;

/// <summary>An assessment; field names are the contract of <c>aisec risk score --json</c> and the HTTP API.</summary>
public sealed record RiskResult
{
    public string AssetName { get; init; } = "";

    public required double InherentRiskScore { get; init; }

    public required double ControlEffectiveness { get; init; }

    public required double ResidualRiskScore { get; init; }

    public required string RiskLevel { get; init; }

    public required double RiskReductionPercentage { get; init; }

    public required IReadOnlyList<RiskFactor> RiskFactors { get; init; }

    public required IReadOnlyList<ControlResult> Controls { get; init; }

    public required IReadOnlyList<Recommendation> Recommendations { get; init; }

    /// <summary>The seed's compliance gaps of the asset (filled for registry assets).</summary>
    public IReadOnlyList<string> ComplianceGaps { get; init; } = [];
}

/// <param name="Contribution">score × weight: what this dimension adds to the inherent score.</param>
/// <param name="Details">The asset facts behind the score, in words.</param>
public sealed record RiskFactor(string Dimension, double Score, double Weight, double Contribution, string Details);

public sealed record ControlResult(string Type, bool Operational, double Weight, string Evidence);

/// <param name="OwaspLlm">OWASP Top 10 for LLM Applications 2025 ids (LLM01 … LLM10).</param>
public sealed record Recommendation(string Dimension, string Text, IReadOnlyList<string> OwaspLlm);
