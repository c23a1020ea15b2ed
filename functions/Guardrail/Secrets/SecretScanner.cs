using System.Text.RegularExpressions;
using AiSec.Guardrail.Findings;

namespace AiSec.Guardrail.Secrets;

/// <summary>
/// Credentials in text: cloud keys (AWS, Azure storage keys, SAS, connection strings), GitHub / Slack / OpenAI-style
/// tokens, JWTs, PEM private keys, and high-entropy values assigned to secret-sounding names.
/// </summary>
public static partial class SecretScanner
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const int TimeoutMs = Detection.RegexBudget.MatchTimeoutMs;

    private static readonly (string Type, Func<Regex> Pattern, int Group)[] Patterns =
    [
        ("private_key", PemPrivateKey, 0),
        ("azure_connection_string", AzureConnectionString, 0),
        ("azure_storage_key", AzureAccountKey, 1),
        ("azure_sas_token", AzureSas, 0),
        ("aws_access_key", AwsAccessKey, 0),
        ("aws_secret_key", AwsSecretKey, 1),
        ("github_token", GitHubToken, 0),
        ("slack_token", SlackToken, 0),
        ("openai_api_key", OpenAiKey, 0),
        ("jwt", Jwt, 0),
    ];

    public static void Scan(string text, List<Finding> findings)
    {
        foreach (var (type, pattern, group) in Patterns)
        {
            try
            {
                foreach (Match match in pattern().Matches(text))
                {
                    var g = match.Groups[group];
                    findings.Add(new Finding("secret", type, g.Index, g.Index + g.Length, 0.99));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Bounded: a pathological input skips this pattern rather than stalling the request.
            }
        }

        ScanAssignments(text, findings);
    }

    private static void ScanAssignments(string text, List<Finding> findings)
    {
        try
        {
            foreach (Match match in SecretAssignment().Matches(text))
            {
                var value = match.Groups["value"];
                var covered = findings.Any(f => f.Start <= value.Index && f.End >= value.Index + value.Length);
                if (!covered && value.Length >= 8 && Entropy.ShannonBitsPerChar(value.ValueSpan) >= 3.0 && !IsPlaceholder(value.Value))
                {
                    findings.Add(new Finding("secret", "high_entropy_secret", value.Index, value.Index + value.Length, 0.9));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // See above.
        }
    }

    private static bool IsPlaceholder(string value) =>
        value.StartsWith('<') || value.StartsWith("${", StringComparison.Ordinal) || value.StartsWith("{{", StringComparison.Ordinal)
        || value.Contains("xxxx", StringComparison.OrdinalIgnoreCase) || value.Contains("example", StringComparison.OrdinalIgnoreCase)
        || value.Contains("changeme", StringComparison.OrdinalIgnoreCase) || value.Contains("your", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[\s\S]{0,8000}?(?:-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----|$)", Options, TimeoutMs)]
    private static partial Regex PemPrivateKey();

    [GeneratedRegex(@"DefaultEndpointsProtocol=https?;[^\s""']*AccountKey=[A-Za-z0-9+/=]{40,}[^\s""']*", Options, TimeoutMs)]
    private static partial Regex AzureConnectionString();

    [GeneratedRegex(@"AccountKey=([A-Za-z0-9+/]{80,90}={0,2})", Options, TimeoutMs)]
    private static partial Regex AzureAccountKey();

    [GeneratedRegex(@"(?:\?|&|\b)sv=\d{4}-\d{2}-\d{2}&[^\s""']*?sig=[A-Za-z0-9%+/=]{20,}", Options, TimeoutMs)]
    private static partial Regex AzureSas();

    [GeneratedRegex(@"\b(?:AKIA|ASIA|ABIA|ACCA|AROA|AIDA)[0-9A-Z]{16}\b", Options, TimeoutMs)]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"(?i)aws.{0,20}?(?:secret|private).{0,20}?[=:""'\s]\s*[""']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])", Options, TimeoutMs)]
    private static partial Regex AwsSecretKey();

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b", Options, TimeoutMs)]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bxox[abposr]-[A-Za-z0-9-]{10,}\b|https://hooks\.slack\.com/services/[A-Za-z0-9/]{20,}", Options, TimeoutMs)]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}\b", Options, TimeoutMs)]
    private static partial Regex OpenAiKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", Options, TimeoutMs)]
    private static partial Regex Jwt();

    [GeneratedRegex(@"(?i)\b(?:password|passwd|pwd|secret|client[_-]?secret|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|token|private[_-]?key)\b[""']?\s*[:=]\s*[""']?(?<value>[^\s""',;]{8,200})", Options, TimeoutMs)]
    private static partial Regex SecretAssignment();
}
