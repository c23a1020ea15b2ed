namespace AiSec.Testing;

/// <summary>Assets as the seed (the Python reference program) exports them.</summary>
public static class SeedAssets
{
    /// <summary>
    /// json.dumps(asset.to_dict()) of an agent: every key the seed emits, snake_case, enum <c>.value</c> strings, naive
    /// ISO dates (one with microseconds), its own risk score and controls, a null.
    /// </summary>
    public const string ClaimsAgentToDict = """
        {"asset_id": "asset-7f3c", "name": "Claims triage agent", "asset_type": "ai_agent",
         "description": "Routes insurance claims and drafts replies", "owner": "claims-platform",
         "business_unit": "Insurance Operations", "data_classification": "regulated", "deployment_env": "production",
         "model_provider": "OpenAI", "model_version": "gpt-4o-2024-08-06", "is_self_hosted": false,
         "endpoints": ["https://claims.example.com/agent"], "data_sources": ["s3://claims-archive"],
         "dependencies": ["asset-1a2b"], "regulatory_scope": ["hipaa", "gdpr"],
         "last_security_review": "2020-01-15T09:30:00", "risk_score": 12.5, "controls": ["input_filtering", "monitoring"],
         "tags": {"team": "claims"}, "created_at": "2026-01-10T08:00:00.123456", "updated_at": "2026-11-20T17:45:00.654321",
         "sbom_available": false, "license_type": "proprietary", "source_url": null, "network_exposure": "public"}
        """;
}
