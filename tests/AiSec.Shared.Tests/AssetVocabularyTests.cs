using System.Text.Json.Nodes;
using AiSec.Shared.Assets;
using AiSec.Shared.Storage;
using AiSec.Testing;
using Azure.Data.Tables;

namespace AiSec.Shared.Tests;

/// <summary>The asset contract speaks the seed's vocabulary: exactly its values out, its values or an alias in.</summary>
public sealed class AssetVocabularyTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Every_enumeration_is_the_seeds_exactly()
    {
        Assert.Equal(
            ["foundation_model", "fine_tuned_model", "embedding_model", "ai_agent", "api_endpoint", "vector_database", "training_dataset", "evaluation_dataset", "prompt_template", "guardrail_config"],
            AssetVocabulary.Types.All);
        Assert.Equal(["public", "internal", "confidential", "restricted", "regulated"], AssetVocabulary.Classification.All);
        Assert.Equal(["development", "staging", "production", "research"], AssetVocabulary.Environment.All);
        Assert.Equal(["internal", "vpc", "public"], AssetVocabulary.Exposure.All);
        Assert.Equal(["eu_ai_act_high_risk", "hipaa", "sox", "pci_dss", "gdpr", "none"], AssetVocabulary.Regulatory.Known);
    }

    [Theory]
    [InlineData("agent", "ai_agent")]
    [InlineData(" AI_Agent ", "ai_agent")]
    [InlineData("fine-tuned", "fine_tuned_model")]
    [InlineData("vector_db", "vector_database")]
    [InlineData("guardrail", "guardrail_config")]
    [InlineData("robot", null)]
    public void Type_aliases_map_to_the_seeds_value(string input, string? expected) =>
        Assert.Equal(expected, AssetVocabulary.Types.All.Canonical(input));

    [Fact]
    public void No_alias_is_emitted_as_a_value() =>
        Assert.All(
            [AssetVocabulary.Types.All, AssetVocabulary.Classification.All, AssetVocabulary.Environment.All, AssetVocabulary.Exposure.All, AssetVocabulary.Regulatory.Known],
            terms => Assert.All(terms.Aliases, alias =>
            {
                Assert.DoesNotContain(alias.Key, terms);
                Assert.Contains(alias.Value, terms);
            }));

    [Fact]
    public void Regulatory_scopes_get_one_spelling_and_stay_open()
    {
        Assert.Equal(
            ["pci_dss", "eu_ai_act_high_risk", "hipaa", "iso_42001"],
            AssetVocabulary.Regulatory.Canonical(["PCI-DSS", "eu_ai_act", " HIPAA ", "pci dss", "", "ISO 42001", "EU-AI-Act-High-Risk"]));
    }

    [Fact]
    public async Task A_row_stored_with_the_old_agent_value_reads_as_ai_agent()
    {
        var storage = await azurite.CreateStorageAsync();
        // Written as an earlier release did: the document itself says "agent" and "eu_ai_act".
        var old = new JsonObject
        {
            ["id"] = "manual:bot", ["name"] = "Bot", ["source"] = "manual", ["assetType"] = "agent", ["regulatoryScope"] = new JsonArray("eu_ai_act"),
        };
        await storage.Table(StorageNames.Tables.Assets).UpsertEntityAsync(
            new TableEntity("manual", AssetEntity.RowKeyFor("manual:bot")) { ["AssetId"] = "manual:bot", ["Document"] = old.ToJsonString() },
            cancellationToken: Ct);

        var asset = await new AssetStore(storage).GetAsync("manual:bot", Ct);

        Assert.Equal("ai_agent", asset!.AssetType);
        Assert.Equal(["eu_ai_act_high_risk"], asset.RegulatoryScope);
    }
}
