using Amazon.Runtime;

namespace AiSec.Discovery.Aws;

/// <summary>One account's Bedrock in one region: where to send requests and what to sign them with.</summary>
public sealed record BedrockTarget(string AccountId, string Region, Uri Endpoint, AWSCredentials Credentials)
{
    /// <summary>The asset scope of this account and region: <c>aws/&lt;account&gt;/&lt;region&gt;</c>.</summary>
    public string Scope => AwsScopes.Region(AccountId, Region);
}
