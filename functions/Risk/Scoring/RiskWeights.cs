using System.ComponentModel.DataAnnotations;

namespace AiSec.Risk.Scoring;

/// <summary>Dimension weights (<c>Risk:Weights</c>); the seed's defaults, validated to sum to 1.0.</summary>
public sealed class RiskWeights : IValidatableObject
{
    public const string SectionName = "Risk:Weights";

    public double DataSensitivity { get; set; } = 0.25;

    public double DeploymentExposure { get; set; } = 0.20;

    public double ModelProvenance { get; set; } = 0.15;

    public double RegulatoryImpact { get; set; } = 0.15;

    public double CapabilityRisk { get; set; } = 0.15;

    public double SupplyChain { get; set; } = 0.10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        double[] all = [DataSensitivity, DeploymentExposure, ModelProvenance, RegulatoryImpact, CapabilityRisk, SupplyChain];
        if (all.Any(w => w is < 0 or > 1))
        {
            yield return new ValidationResult("Risk:Weights: every weight must be between 0 and 1.");
        }

        if (Math.Abs(all.Sum() - 1.0) > 1e-6)
        {
            yield return new ValidationResult($"Risk:Weights must sum to 1.0; they sum to {all.Sum():0.####}.");
        }
    }
}
