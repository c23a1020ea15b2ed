using AiSec.Shared.Assets;
using AiSec.Testing;

namespace AiSec.Shared.Tests;

/// <summary>One reader for hand-written assets: the registry's camelCase fields or the seed's to_dict() output.</summary>
public sealed class AssetDocumentReaderTests
{
    private static readonly string[] Registration = ["name", "assetType"];

    [Fact]
    public void Reads_every_field_of_the_seeds_to_dict_and_ignores_what_the_product_computes()
    {
        var asset = AssetDocumentReader.Read(SeedAssets.ClaimsAgentToDict, Registration);

        Assert.Equal("asset-7f3c", asset.Id);
        Assert.Equal("Claims triage agent", asset.Name);
        Assert.Equal("manual", asset.Source);
        Assert.Equal("ai_agent", asset.AssetType);
        Assert.Equal("Routes insurance claims and drafts replies", asset.Description);
        Assert.Equal("claims-platform", asset.Owner);
        Assert.Equal("Insurance Operations", asset.BusinessUnit);
        Assert.Equal("regulated", asset.DataClassification);
        Assert.Equal("production", asset.DeploymentEnv);
        Assert.Equal("openai", asset.ModelProvider);
        Assert.Equal("gpt-4o-2024-08-06", asset.ModelVersion);
        Assert.False(asset.IsSelfHosted);
        Assert.Equal(["https://claims.example.com/agent"], asset.Endpoints);
        Assert.Equal(["s3://claims-archive"], asset.DataSources);
        Assert.Equal(["asset-1a2b"], asset.Upstream);
        Assert.Equal(["hipaa", "gdpr"], asset.RegulatoryScope);
        Assert.Equal(new DateTimeOffset(2020, 1, 15, 9, 30, 0, TimeSpan.Zero), asset.LastSecurityReview);
        Assert.Equal("claims", asset.Tags["team"]);
        Assert.False(asset.SbomAvailable);
        Assert.Equal("proprietary", asset.LicenseType);
        Assert.Null(asset.SourceUrl);
        Assert.Equal("public", asset.NetworkExposure);
        Assert.Equal(default, asset.FirstSeen); // created_at is the seed's, not the registry's first sighting
        Assert.Empty(asset.Properties);
    }

    [Fact]
    public void The_camel_case_form_of_the_same_asset_reads_the_same()
    {
        const string camel = """
            {"id": "asset-7f3c", "name": "Claims triage agent", "assetType": "ai_agent",
             "description": "Routes insurance claims and drafts replies", "owner": "claims-platform",
             "businessUnit": "Insurance Operations", "dataClassification": "regulated", "deploymentEnv": "production",
             "modelProvider": "OpenAI", "modelVersion": "gpt-4o-2024-08-06", "isSelfHosted": false,
             "endpoints": ["https://claims.example.com/agent"], "dataSources": ["s3://claims-archive"],
             "upstream": ["asset-1a2b"], "regulatoryScope": ["hipaa", "gdpr"], "lastSecurityReview": "2020-01-15T09:30:00",
             "tags": {"team": "claims"}, "sbomAvailable": false, "licenseType": "proprietary", "networkExposure": "public"}
            """;

        var fromSeed = AssetDocumentReader.Read(SeedAssets.ClaimsAgentToDict, Registration);
        var fromCamel = AssetDocumentReader.Read(camel, Registration);

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(fromSeed), System.Text.Json.JsonSerializer.Serialize(fromCamel));
    }

    [Fact]
    public void Aliases_come_out_canonical()
    {
        var asset = AssetDocumentReader.Read("""{"name": "Bot", "asset_type": "agent", "regulatory_scope": ["EU-AI-Act"], "tags": ["pilot", "pilot"]}""", Registration);

        Assert.Equal("ai_agent", asset.AssetType);
        Assert.Equal(["eu_ai_act_high_risk"], asset.RegulatoryScope);
        Assert.Equal(["pilot"], asset.Tags.Keys);
    }

    [Theory]
    [InlineData("""{"name": "x", "asset_type": "robot"}""", "asset_type: 'robot' is not one of")]
    [InlineData("""{"name": "x", "assetType": "ai_agent", "asset_type": "ai_agent"}""", "asset_type: given twice")]
    [InlineData("""{"asset_type": "ai_agent", "risk_score": 3}""", "name: is required")]
    [InlineData("""{"name": "x", "asset_type": "ai_agent", "is_self_hosted": "no"}""", "is_self_hosted: must be true or false")]
    [InlineData("""{"name": "x", "asset_type": "ai_agent", "last_security_review": "last week"}""", "last_security_review: 'last week' is not an ISO date")]
    [InlineData("""{"name": "x", "asset_type": "ai_agent", "tags": {"team": 7}}""", "tags.team: must be a string")]
    [InlineData("""{"name": "x"}""", "assetType: is required")]
    [InlineData("""{"name": "x", "created_at": "2026-01-01"}""", "asset_type: is required")]
    public void Errors_name_the_field_as_the_document_spells_it(string json, string expected)
    {
        var error = Assert.Throws<AssetValidationException>(() => AssetDocumentReader.Read(json, Registration));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_enumerations_have_no_default()
    {
        var error = Assert.Throws<AssetValidationException>(() => AssetDocumentReader.Read(
            """{"asset_type": "ai_agent", "data_classification": "public", "deployment_env": "staging"}""",
            ["assetType", "dataClassification", "deploymentEnv", "networkExposure"]));

        Assert.Equal("network_exposure", error.Field);
    }
}
