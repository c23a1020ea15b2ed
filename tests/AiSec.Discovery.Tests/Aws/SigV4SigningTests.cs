using System.Text.RegularExpressions;
using AiSec.Discovery.Aws;
using AiSec.Testing.Fakes;
using Amazon.Runtime;

namespace AiSec.Discovery.Tests.Aws;

/// <summary>
/// Requests are signed by AWSSDK.Core's SigV4 signer and verified by the fake with an independent implementation;
/// both agree with the AWS SigV4 test suite's published vectors.
/// </summary>
public sealed partial class SigV4SigningTests
{
    private const string Region = "us-east-1";

    // From the AWS Signature Version 4 test suite (get-vanilla, get-vanilla-query-order-key-case).
    private static readonly DateTimeOffset SuiteTime = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);

    [Fact]
    public async Task Requests_are_sigv4_signed()
    {
        await using var aws = await BedrockHarness.StartAsync([Region], arrange: fake =>
        {
            var region = fake.Region(Region);
            region.AddCustomModel("a");
            region.AddCustomModel("b");
            region.AddCustomModel("c");
            region.AddGuardrail("g");
        });

        var (result, _) = await aws.CollectAsync();

        Assert.Empty(result.Failures);
        Assert.Equal(4, result.Assets.Count);
        var requests = aws.Fake.Requests;
        Assert.True(requests.Count >= 8, $"only {requests.Count} requests");
        Assert.All(requests, r =>
        {
            Assert.True(r.SignatureValid, $"{r.Method} {r.Path}?{r.Query}: signature did not verify");
            Assert.Matches(AuthorizationHeader(), r.Authorization);
            Assert.Equal("20260314T092653Z", r.AmzDate);
            Assert.Null(r.SecurityToken);
        });
    }

    [Fact]
    public async Task A_wrong_secret_is_rejected_and_fails_the_region()
    {
        var wrong = new BasicAWSCredentials(FakeBedrock.AccessKeyId, "not-the-secret", FakeBedrock.AccountId);
        await using var aws = await BedrockHarness.StartAsync([Region], credentials: wrong, arrange: fake => fake.Region(Region).AddCustomModel("unseen"));

        var (result, _) = await aws.CollectAsync();

        Assert.Empty(result.Assets);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("aws/111122223333/us-east-1", failure.Scope);
        Assert.Contains("InvalidSignatureException", failure.Error, StringComparison.Ordinal);
        Assert.All(aws.Fake.Requests, r => Assert.False(r.SignatureValid));
    }

    [Theory]
    [InlineData("/", "", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")]
    [InlineData("/", "Param2=value2&Param1=value1", "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500")]
    public void Signer_and_verifier_match_the_aws_test_suite(string path, string query, string expected)
    {
        var credentials = new ImmutableCredentials(FakeBedrock.AccessKeyId, FakeBedrock.SecretAccessKey, null);
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).Select(p => new KeyValuePair<string, string>(p[0], p[1])).ToList();

        using var request = SigV4Signer.CreateSigned(
            HttpMethod.Get, new Uri("http://example.amazonaws.com/"), path, null, parameters, credentials, Region, "service", SuiteTime);

        var authorization = request.Headers.GetValues("Authorization").Single();
        Assert.Equal(
            $"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature={expected}",
            authorization);
        Assert.Equal("20150830T123600Z", request.Headers.GetValues("X-Amz-Date").Single());
        Assert.Equal("example.amazonaws.com", request.Headers.Host);

        Assert.True(SigV4Verifier.TryParse(authorization, out var parsed));
        var headers = new Dictionary<string, string> { ["host"] = "example.amazonaws.com", ["x-amz-date"] = "20150830T123600Z" };
        Assert.Equal(expected, SigV4Verifier.Signature(FakeBedrock.SecretAccessKey, parsed, "20150830T123600Z", "GET", path, query, headers, SigV4Verifier.PayloadHash([])));
    }

    [Fact]
    public void Session_credentials_sign_the_security_token_header()
    {
        var credentials = new ImmutableCredentials("ASIAEXAMPLE", FakeBedrock.SecretAccessKey, "session-token");

        using var request = SigV4Signer.CreateSigned(
            HttpMethod.Get, new Uri("https://bedrock.us-east-1.amazonaws.com/"), "/guardrails", null, [], credentials, Region, "bedrock", SuiteTime);

        Assert.Equal("session-token", request.Headers.GetValues("x-amz-security-token").Single());
        Assert.Contains("SignedHeaders=host;x-amz-date;x-amz-security-token,", request.Headers.GetValues("Authorization").Single(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260314/us-east-1/bedrock/aws4_request, SignedHeaders=host;x-amz-date, Signature=[0-9a-f]{64}$")]
    private static partial Regex AuthorizationHeader();
}
