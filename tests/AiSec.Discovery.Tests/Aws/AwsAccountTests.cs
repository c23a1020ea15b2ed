using AiSec.Discovery.Collectors;
using AiSec.Testing.Fakes;
using Amazon.Runtime;

namespace AiSec.Discovery.Tests.Aws;

/// <summary>Accounts come from assumed roles (STS AssumeRole) or the default credentials' own identity.</summary>
public sealed class AwsAccountTests
{
    private const string Region = "us-east-1";
    private const string Allowed = "arn:aws:iam::444455556666:role/AiSecDiscovery";
    private const string Denied = "arn:aws:iam::777788889999:role/AiSecDiscovery";

    [Fact]
    public async Task Assumed_roles_are_scanned_in_their_own_accounts_and_a_denied_role_fails_only_its_account()
    {
        await using var aws = await BedrockHarness.StartAsync([Region], roleArns: [Denied, Allowed], arrange: fake =>
        {
            fake.AllowRole(Allowed);
            fake.Region(Region, "444455556666").AddCustomModel("partner-model");
            fake.Region(Region).AddCustomModel("own-account-model-not-scanned");
        });

        var (result, _) = await aws.CollectAsync();

        var asset = Assert.Single(result.Assets);
        Assert.Equal("partner-model", asset.Name);
        Assert.Equal("aws/444455556666/us-east-1", asset.Scope);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("aws/777788889999", failure.Scope);
        Assert.Contains("AccessDenied", failure.Error, StringComparison.Ordinal);
        Assert.Contains(Denied, failure.Error, StringComparison.Ordinal);
        Assert.True(result.CoversFailedScope("aws/777788889999/eu-west-1"));

        var sts = aws.Fake.Requests.Where(r => r.Service == "sts").ToList();
        Assert.Equal(2, sts.Count);
        Assert.All(sts, r => Assert.True(r.SignatureValid, "the SDK's STS request should verify with the fake's signer"));
        var bedrock = aws.Fake.Requests.Where(r => r.Service == "bedrock").ToList();
        Assert.NotEmpty(bedrock);
        Assert.All(bedrock, r =>
        {
            Assert.StartsWith("ASIA", r.AccessKeyId, StringComparison.Ordinal);
            Assert.NotNull(r.SecurityToken);
            Assert.True(r.SignatureValid);
        });
        Assert.Contains(aws.Logs.Entries, e => e.EventId.Id == 402 && e.Exception is not null);
    }

    [Fact]
    public async Task The_default_account_is_identified_through_sts_when_credentials_do_not_carry_it()
    {
        var withoutAccount = new BasicAWSCredentials(FakeBedrock.AccessKeyId, FakeBedrock.SecretAccessKey);
        await using var aws = await BedrockHarness.StartAsync([Region], credentials: withoutAccount, arrange: fake => fake.Region(Region).AddGuardrail("g"));

        var (result, _) = await aws.CollectAsync();

        Assert.Empty(result.Failures);
        Assert.Equal("aws/111122223333/us-east-1", Assert.Single(result.Assets).Scope);
        var identity = Assert.Single(aws.Fake.Requests, r => r.Service == "sts");
        Assert.True(identity.SignatureValid);
    }

    [Fact]
    public async Task Unknown_credentials_fail_the_whole_source_because_no_account_can_be_named()
    {
        var unknown = new BasicAWSCredentials("AKIAUNKNOWN", "whatever");
        await using var aws = await BedrockHarness.StartAsync([Region], credentials: unknown, arrange: fake => fake.Region(Region).AddGuardrail("g"));

        var (result, _) = await aws.CollectAsync();

        Assert.Empty(result.Assets);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(AssetScope.Everything, failure.Scope);
        Assert.Contains("InvalidClientTokenId", failure.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(aws.Fake.Requests, r => r.Service == "bedrock");
        Assert.Contains(aws.Logs.Entries, e => e.EventId.Id == 404 && e.Exception is not null);
    }
}
