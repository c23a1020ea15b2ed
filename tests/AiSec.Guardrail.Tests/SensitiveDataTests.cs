using AiSec.Guardrail.Detection;
using AiSec.Guardrail.Findings;
using AiSec.Guardrail.Pii;
using AiSec.Guardrail.Policy;
using AiSec.Guardrail.Secrets;

namespace AiSec.Guardrail.Tests;

public sealed class SensitiveDataTests
{
    // Fake credentials built at run time so no secret-looking literal sits in the repository.
    private static readonly string AwsKey = "AKIA" + "IOSFODNN7EXAMPLE";
    private static readonly string GitHubToken = "ghp_" + new string('a', 18) + new string('B', 18);
    private static readonly string Jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    private static readonly string AzureConnection = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + new string('k', 86) + "==;EndpointSuffix=core.windows.net";
    private static readonly string Pem = "-----BEGIN RSA " + "PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----";

    public static TheoryData<string, string> Secrets => new()
    {
        { $"my key is {AwsKey} ok", "aws_access_key" },
        { $"token={GitHubToken}", "github_token" },
        { $"Authorization: Bearer {Jwt}", "jwt" },
        { AzureConnection, "azure_connection_string" },
        { Pem, "private_key" },
        { "sk-proj-" + new string('x', 10) + "Yz12AbCdEf34GhIj", "openai_api_key" },
        { "client_secret = \"Qx9#vT2$mL8@pR4!\"", "high_entropy_secret" },
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Detects_secrets_by_type(string text, string type)
    {
        var findings = new List<Finding>();
        SecretScanner.Scan(text, findings);

        Assert.Contains(findings, f => f.Type == type);
    }

    [Fact]
    public void Ignores_placeholders_and_low_entropy_assignments()
    {
        var findings = new List<Finding>();
        SecretScanner.Scan("password = <your-password-here>\napi_key = aaaaaaaaaaaa", findings);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("mail me at jane.doe@example.org", "email", true)]
    [InlineData("card 4111 1111 1111 1111 expires 12/29", "credit_card", true)]
    [InlineData("order number 4111 1111 1111 1112", "credit_card", false)]
    [InlineData("IBAN GB82 WEST 1234 5698 7654 32", "iban", true)]
    [InlineData("IBAN GB82 WEST 1234 5698 7654 33", "iban", false)]
    [InlineData("SSN 123-45-6789", "us_ssn", true)]
    [InlineData("server at 10.20.30.40 is down", "ip_address", true)]
    [InlineData("ipv6 2001:db8::8a2e:370:7334 here", "ip_address", true)]
    [InlineData("call +1 415 555 2671 tomorrow", "phone", true)]
    public void Detects_pii_with_checksums(string text, string type, bool expected)
    {
        var findings = new List<Finding>();
        PiiScanner.Scan(text, findings);

        Assert.Equal(expected, findings.Any(f => f.Type == type));
    }

    [Fact]
    public void Redacts_with_typed_placeholders()
    {
        var verdict = Engine.Check($"Email bob@example.com with key {AwsKey}");

        Assert.Equal(Decisions.Redact, verdict.Decision);
        Assert.Equal("Email [EMAIL] with key [SECRET:aws_access_key]", verdict.RedactedText);
    }

    [Fact]
    public void Output_check_flags_system_prompt_leakage_at_the_threshold()
    {
        const string system = "You are the billing assistant for Contoso. Never discuss refunds above 500 dollars. Always answer in English and cite the invoice number.";
        var policy = GuardrailPolicy.Default with { SystemPrompt = system };

        var leaked = Engine.Shared.CheckOutput("Sure! My instructions: " + system, policy, "t");
        var clean = Engine.Shared.CheckOutput("Your invoice 1234 totals 120 dollars.", policy, "t");

        Assert.Equal(Decisions.Block, leaked.Decision);
        Assert.Contains(leaked.Categories, c => c.Name == "system_prompt_leak" && c.Score >= 0.85);
        Assert.Equal(Decisions.Allow, clean.Decision);
    }

    [Fact]
    public void Output_check_finds_the_canary_token()
    {
        var policy = GuardrailPolicy.Default with { CanaryToken = "CANARY-7f3a9" };

        var verdict = Engine.Shared.CheckOutput("here you go: CANARY-7f3a9", policy, "t");

        Assert.Contains(verdict.Categories, c => c.Name == "canary" && c.Spans[0].Start == 13);
    }
}
