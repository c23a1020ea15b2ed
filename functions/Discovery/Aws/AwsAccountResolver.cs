using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Microsoft.Extensions.Options;

namespace AiSec.Discovery.Aws;

/// <summary>
/// Turns configuration into accounts: the base credentials (options, else AWSSDK.Core's default chain:
/// environment variables, shared profiles, SSO, container and instance roles), and each configured role assumed
/// through STS with them.
/// </summary>
public sealed class AwsAccountResolver(IOptions<AwsDiscoveryOptions> options)
{
    public const string RoleSessionName = "aisec-discovery";

    private AwsDiscoveryOptions Options => options.Value;

    /// <summary>The credentials everything starts from; throws <see cref="AmazonClientException"/> when none are found.</summary>
    public async Task<AWSCredentials> BaseCredentialsAsync() =>
        Options.Credentials ?? await DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync(null);

    /// <summary>
    /// The base credentials' own account: the account id the credentials carry (AWS_ACCOUNT_ID, a profile's
    /// aws_account_id), else STS GetCallerIdentity, which needs no permission.
    /// </summary>
    public async Task<AwsAccount> DefaultAccountAsync(AWSCredentials credentials, CancellationToken cancellationToken)
    {
        var resolved = await credentials.GetCredentialsAsync();
        if (resolved.AccountId is { Length: > 0 } accountId)
        {
            return new AwsAccount(accountId, credentials, null);
        }

        using var sts = CreateStsClient(credentials);
        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken);
        return new AwsAccount(identity.Account, credentials, null);
    }

    /// <summary>Assumes <paramref name="roleArn"/>; the account is the role ARN's account field.</summary>
    public async Task<AwsAccount> AssumeRoleAsync(AWSCredentials credentials, string roleArn, CancellationToken cancellationToken)
    {
        var account = Arn.AccountOf(roleArn) ?? throw new ArgumentException($"'{roleArn}' is not a role ARN with an account id.", nameof(roleArn));
        using var sts = CreateStsClient(credentials);
        var response = await sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = roleArn, RoleSessionName = RoleSessionName }, cancellationToken);
        var issued = response.Credentials;
        return new AwsAccount(account, new SessionAWSCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken, account), roleArn);
    }

    private AmazonSecurityTokenServiceClient CreateStsClient(AWSCredentials credentials)
    {
        // Regional STS in the first configured region: the global endpoint is legacy and not in every partition.
        var region = Options.Regions.First(r => !string.IsNullOrWhiteSpace(r)).Trim();
        var config = new AmazonSecurityTokenServiceConfig
        {
            MaxErrorRetry = Options.MaxRetries,
            Timeout = Options.RequestTimeout,
        };
        if (!string.IsNullOrWhiteSpace(Options.StsServiceUrl))
        {
            config.ServiceURL = Options.StsServiceUrl;
            config.AuthenticationRegion = region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        return new AmazonSecurityTokenServiceClient(credentials, config);
    }
}
