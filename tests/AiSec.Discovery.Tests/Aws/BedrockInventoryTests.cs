using System.Text.Json.Nodes;
using AiSec.Shared.Assets;
using AiSec.Testing.Fakes;

namespace AiSec.Discovery.Tests.Aws;

/// <summary>What the collector reports for what Bedrock lists: one asset per resource, with the region's evidence.</summary>
public sealed class BedrockInventoryTests
{
    private const string Region = "us-east-1";
    private const string Scope = "aws/111122223333/us-east-1";

    [Fact]
    public async Task Lists_custom_models_across_pages()
    {
        await using var aws = await BedrockHarness.StartAsync([Region], arrange: fake =>
        {
            for (var i = 1; i <= 5; i++)
            {
                fake.Region(Region).AddCustomModel($"support-bot-v{i}");
            }
        });

        var (result, _) = await aws.CollectAsync();

        Assert.Empty(result.Failures);
        Assert.Equal(
            ["support-bot-v1", "support-bot-v2", "support-bot-v3", "support-bot-v4", "support-bot-v5"],
            result.Assets.Where(a => a.AssetType == AssetVocabulary.Types.FineTunedModel).Select(a => a.Name).Order());
        var pages = aws.Fake.BedrockRequests(Region, "/custom-models");
        Assert.Equal(3, pages.Count);
        Assert.False(pages[0].QueryParameters.ContainsKey("nextToken"));
        Assert.Equal(["page+2/=", "page+4/="], pages.Skip(1).Select(p => p.QueryParameters["nextToken"]));
        Assert.All(pages, p => Assert.Equal("100", p.QueryParameters["maxResults"]));
    }

    [Fact]
    public async Task Maps_each_resource_type_with_ids_scope_and_exposure()
    {
        string custom = "", imported = "", throughput = "", guardrailId = "";
        await using var aws = await BedrockHarness.StartAsync([Region], arrange: fake =>
        {
            var region = fake.Region(Region);
            custom = region.AddCustomModel("claims-summarizer", "anthropic.claude-3-haiku-20240307-v1:0:200k", kmsKeyArn: "arn:aws:kms:us-east-1:111122223333:key/1234abcd");
            imported = region.AddImportedModel("in-house-llama", "llama3");
            throughput = region.AddProvisionedThroughput("claims-pt", custom, modelUnits: 2, commitmentDuration: "SixMonths");
            guardrailId = region.AddGuardrail("claims-guardrail");
        });

        var (result, _) = await aws.CollectAsync();

        Assert.Empty(result.Failures);
        Assert.Equal(4, result.Assets.Count);
        Assert.All(result.Assets, a =>
        {
            Assert.Equal(AssetVocabulary.Sources.Aws, a.Source);
            Assert.Equal("aws", a.CloudProvider);
            Assert.Equal(Region, a.Region);
            Assert.Equal(Scope, a.Scope);
            Assert.Equal("aws_bedrock", a.ModelProvider);
            Assert.Equal(AssetVocabulary.Exposure.Public, a.NetworkExposure);
            Assert.Equal(BedrockHarness.Now, a.FirstSeen);
            Assert.Equal(BedrockHarness.Now, a.LastSeen);
            Assert.StartsWith("arn:aws:bedrock:us-east-1:111122223333:", a.Id, StringComparison.Ordinal);
        });

        var fineTuned = Assert.Single(result.Assets, a => a.Id == custom);
        Assert.Equal(AssetVocabulary.Types.FineTunedModel, fineTuned.AssetType);
        Assert.Equal("claims-summarizer", fineTuned.ModelName);
        Assert.Equal("0:200k", fineTuned.ModelVersion);
        Assert.Equal("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0:200k", fineTuned.Properties["baseModelArn"]!.GetValue<string>());
        Assert.Equal("anthropic", fineTuned.Properties["baseModelProvider"]!.GetValue<string>());
        Assert.Equal("FINE_TUNING", fineTuned.Properties["customizationType"]!.GetValue<string>());
        Assert.True(fineTuned.Properties[EvidenceKeys.CustomerManagedKey]!.GetValue<bool>());

        var importedAsset = Assert.Single(result.Assets, a => a.Id == imported);
        Assert.Equal(AssetVocabulary.Types.FoundationModel, importedAsset.AssetType);
        Assert.False(importedAsset.IsSelfHosted);
        Assert.Equal("llama3", importedAsset.Properties["modelArchitecture"]!.GetValue<string>());
        Assert.False(importedAsset.Properties[EvidenceKeys.CustomerManagedKey]!.GetValue<bool>());

        var endpoint = Assert.Single(result.Assets, a => a.Id == throughput);
        Assert.Equal(AssetVocabulary.Types.ApiEndpoint, endpoint.AssetType);
        Assert.Equal("claims-pt", endpoint.Name);
        Assert.Equal("claims-summarizer", endpoint.ModelName);
        Assert.Equal([custom], endpoint.Upstream);
        Assert.Equal(2, endpoint.Properties["modelUnits"]!.GetValue<int>());
        Assert.Equal("SixMonths", endpoint.Properties["commitmentDuration"]!.GetValue<string>());
        Assert.Equal("InService", endpoint.Properties["status"]!.GetValue<string>());

        var guardrail = Assert.Single(result.Assets, a => a.AssetType == AssetVocabulary.Types.GuardrailConfig);
        Assert.Equal($"arn:aws:bedrock:us-east-1:111122223333:guardrail/{guardrailId}", guardrail.Id);
        Assert.Equal("claims-guardrail", guardrail.Name);
    }

    [Fact]
    public async Task Models_carry_the_regions_guardrails_logging_and_https_endpoint_as_evidence()
    {
        await using var aws = await BedrockHarness.StartAsync([Region], arrange: fake =>
        {
            var region = fake.Region(Region);
            var model = region.AddCustomModel("fraud-scorer");
            region.AddImportedModel("mistral-import", "mistral");
            region.AddProvisionedThroughput("fraud-pt", model);
            region.AddGuardrail("pii-guard");
            region.AddGuardrail("topic-guard");
            region.AddGuardrail("prompt-guard");
            region.EnableInvocationLogging();
        });

        var (result, _) = await aws.CollectAsync();

        var models = result.Assets.Where(a => a.AssetType != AssetVocabulary.Types.GuardrailConfig).ToList();
        Assert.Equal(3, models.Count);
        Assert.All(models, m =>
        {
            var guardrails = Assert.IsType<JsonArray>(m.Properties[EvidenceKeys.Guardrails]);
            Assert.Equal(["pii-guard", "prompt-guard", "topic-guard"], guardrails.Select(g => g!["name"]!.GetValue<string>()).Order());
            Assert.True(m.Properties[EvidenceKeys.InvocationLogging]!.GetValue<bool>());
            Assert.Equal("https://bedrock-runtime.us-east-1.amazonaws.com", m.Properties[EvidenceKeys.Endpoint]!.GetValue<string>());
        });
        Assert.Equal(2, aws.Fake.BedrockRequests(Region, "/guardrails").Count);
    }

    [Fact]
    public async Task A_region_without_guardrails_or_logging_records_both_controls_as_absent()
    {
        await using var aws = await BedrockHarness.StartAsync([Region], arrange: fake => fake.Region(Region).AddCustomModel("bare-model"));

        var (result, _) = await aws.CollectAsync();

        var model = Assert.Single(result.Assets);
        Assert.Empty(Assert.IsType<JsonArray>(model.Properties[EvidenceKeys.Guardrails]));
        Assert.False(model.Properties[EvidenceKeys.InvocationLogging]!.GetValue<bool>());
    }

    [Fact]
    public async Task Guardrail_prompt_attack_strength_is_recorded()
    {
        await using var aws = await BedrockHarness.StartAsync([Region], arrange: fake =>
        {
            var region = fake.Region(Region);
            region.AddGuardrail(
                "strict",
                promptAttackStrength: "HIGH",
                deniedTopics: ["investment advice", "medical diagnosis"],
                piiEntities: [("US_SOCIAL_SECURITY_NUMBER", "BLOCK"), ("EMAIL", "ANONYMIZE")],
                groundingThreshold: 0.75,
                kmsKeyArn: "arn:aws:kms:us-east-1:111122223333:key/abcd");
            region.AddGuardrail("lenient", promptAttackStrength: null);
        });

        var (result, _) = await aws.CollectAsync();

        var strict = Assert.Single(result.Assets, a => a.Name == "strict").Properties;
        Assert.Equal("HIGH", strict["promptAttackStrength"]!.GetValue<string>());
        Assert.Contains(strict["contentFilters"]!.AsArray(), f => f!["type"]!.GetValue<string>() == "HATE" && f["outputStrength"]!.GetValue<string>() == "MEDIUM");
        Assert.Equal(["investment advice", "medical diagnosis"], strict["deniedTopics"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(
            ["US_SOCIAL_SECURITY_NUMBER:BLOCK", "EMAIL:ANONYMIZE"],
            strict["piiEntities"]!.AsArray().Select(p => $"{p!["type"]}:{p["action"]}"));
        Assert.Equal(["employee-id"], strict["regexes"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()));
        Assert.Equal([0.75, 0.75], strict["contextualGrounding"]!.AsArray().Select(g => g!["threshold"]!.GetValue<double>()));
        Assert.Equal(["PROFANITY"], strict["wordPolicy"]!["managedWordLists"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.True(strict[EvidenceKeys.CustomerManagedKey]!.GetValue<bool>());
        Assert.Equal("DRAFT", strict["version"]!.GetValue<string>());

        var lenient = Assert.Single(result.Assets, a => a.Name == "lenient").Properties;
        Assert.Equal("NONE", lenient["promptAttackStrength"]!.GetValue<string>());
        Assert.Empty(lenient["contextualGrounding"]!.AsArray());
        Assert.False(lenient[EvidenceKeys.CustomerManagedKey]!.GetValue<bool>());

        var details = aws.Fake.Requests.Where(r => Uri.UnescapeDataString(r.Path).StartsWith("/guardrails/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, details.Count);
        Assert.All(details, d => Assert.Equal("DRAFT", d.QueryParameters["guardrailVersion"]));
    }

    [Fact]
    public async Task An_empty_account_is_read_successfully_with_no_assets()
    {
        await using var aws = await BedrockHarness.StartAsync([Region, "eu-central-1"]);

        var (result, progress) = await aws.CollectAsync();

        Assert.Empty(result.Assets);
        Assert.Empty(result.Failures);
        Assert.Equal(
            ["aws/111122223333/eu-central-1: 0 assets", "aws/111122223333/us-east-1: 0 assets"],
            progress.Select(p => p.Message).Order(StringComparer.Ordinal));
        Assert.All(progress, p => Assert.Equal("aws", p.Source));
    }

    [Fact]
    public async Task Model_details_are_requested_by_their_encoded_arn()
    {
        string arn = "";
        await using var aws = await BedrockHarness.StartAsync([Region], arrange: fake => arn = fake.Region(Region).AddCustomModel("encoded"));

        var (result, _) = await aws.CollectAsync();

        Assert.Single(result.Assets);
        var detail = Assert.Single(aws.Fake.BedrockRequests(Region, "/custom-models/" + arn));
        Assert.Equal("/custom-models/" + Uri.EscapeDataString(arn), detail.Path);
        Assert.True(detail.SignatureValid);
    }
}
