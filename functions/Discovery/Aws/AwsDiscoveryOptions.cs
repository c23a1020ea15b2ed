using System.ComponentModel.DataAnnotations;
using Amazon.Runtime;

namespace AiSec.Discovery.Aws;

/// <summary>
/// What the AWS Bedrock collector scans, bound from <c>Discovery:Aws</c>. Every (account, region) pair is one scope:
/// the default credentials' own account, or each account reached through <see cref="RoleArns"/>.
/// </summary>
public sealed class AwsDiscoveryOptions : IValidatableObject
{
    public const string SectionName = "Discovery:Aws";

    /// <summary>Regions to scan, e.g. <c>us-east-1</c>. None: the collector is not configured.</summary>
    public string[] Regions { get; set; } = [];

    /// <summary>Roles to assume (one per account) with the default credentials; none scans the credentials' own account.</summary>
    public string[] RoleArns { get; set; } = [];

    /// <summary>Overrides the Bedrock control-plane endpoint for every region (a proxy or a local fake).</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Overrides the STS endpoint used to assume roles and to ask who the default credentials belong to.</summary>
    public string? StsServiceUrl { get; set; }

    /// <summary><c>maxResults</c> sent with each list call.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    /// <summary>Retries after the first attempt for throttling (429) and server errors (500/502/503/504).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff delay; later ones grow exponentially with jitter. Tests set it near zero.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound for one backoff delay, including a server's Retry-After.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit for one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Credentials to sign with instead of the SDK's default chain (environment, profiles, container, instance role).
    /// Not bound from configuration: secrets stay out of settings; a host or a test sets it in code.
    /// </summary>
    public AWSCredentials? Credentials { get; set; }

    public bool IsConfigured => Regions.Any(r => !string.IsNullOrWhiteSpace(r));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var url in new[] { ServiceUrl, StsServiceUrl })
        {
            if (!string.IsNullOrWhiteSpace(url) && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            {
                yield return new ValidationResult($"Discovery:Aws: '{url}' is not an absolute http(s) URL.", [nameof(ServiceUrl)]);
            }
        }

        foreach (var role in RoleArns)
        {
            if (!Arn.TryParse(role, out var arn) || arn.Account.Length == 0)
            {
                yield return new ValidationResult($"Discovery:Aws:RoleArns: '{role}' is not a role ARN with an account id.", [nameof(RoleArns)]);
            }
        }

        if (RetryBaseDelay < TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            yield return new ValidationResult("Discovery:Aws: RetryBaseDelay must be >= 0 and <= RetryMaxDelay.", [nameof(RetryBaseDelay)]);
        }
    }
}
