using Amazon.Runtime;

namespace AiSec.Discovery.Aws;

/// <summary>An account to scan and the credentials that read it (the default ones, or an assumed role's).</summary>
public sealed record AwsAccount(string AccountId, AWSCredentials Credentials, string? RoleArn);
