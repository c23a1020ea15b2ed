namespace AiSec.Risk.Scoring;

/// <summary>What to do about a dimension that drives the risk, mapped to the OWASP Top 10 for LLM Applications 2025.</summary>
public static class Recommendations
{
    public static Recommendation For(string dimension) => dimension switch
    {
        Dimensions.DataSensitivity => new(dimension,
            "Minimize the sensitive data the model sees: classify inputs, redact PII and secrets before prompts and in outputs, and restrict retrieval to what the use case needs.",
            ["LLM02", "LLM08"]),
        Dimensions.DeploymentExposure => new(dimension,
            "Reduce exposure: disable public network access, use private endpoints or VNet rules, require Entra ID authentication, and rate-limit callers.",
            ["LLM01", "LLM10"]),
        Dimensions.ModelProvenance => new(dimension,
            "Establish provenance: complete and schedule a security review, pin model versions, and prefer vetted providers or signed weights.",
            ["LLM03", "LLM04"]),
        Dimensions.RegulatoryImpact => new(dimension,
            "Document compliance: map the asset to its regulatory obligations, keep an audit trail of decisions, and add human oversight for high-impact outputs.",
            ["LLM09", "LLM06"]),
        Dimensions.CapabilityRisk => new(dimension,
            "Constrain capability: least-privilege tools and permissions, human approval for consequential actions, input and output guardrails.",
            ["LLM06", "LLM01", "LLM05"]),
        Dimensions.SupplyChain => new(dimension,
            "Secure the supply chain: produce an SBOM, record the licence, scan weights (no pickle), and mirror third-party models into a controlled registry.",
            ["LLM03", "LLM04"]),
        _ => new(dimension, "Review this dimension.", []),
    };
}

public static class Dimensions
{
    public const string DataSensitivity = "data_sensitivity";
    public const string DeploymentExposure = "deployment_exposure";
    public const string ModelProvenance = "model_provenance";
    public const string RegulatoryImpact = "regulatory_impact";
    public const string CapabilityRisk = "capability_risk";
    public const string SupplyChain = "supply_chain";
}
