using System.Text.Json;
using AiSec.Discovery.Collectors;
using AiSec.Shared.Assets;
using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiSec.Discovery.Aws;

/// <summary>
/// Inventories Amazon Bedrock: for every account (the default credentials' own, or each configured role's) and
/// region, custom and imported models, provisioned throughputs and guardrails, with the region's guardrails and
/// invocation logging as evidence on every model. A region or role that cannot be read becomes a
/// <see cref="ScopeFailure"/> of its own scope; the others still report their assets.
/// </summary>
public sealed partial class AwsBedrockCollector(
    BedrockClient bedrock,
    AwsAccountResolver accounts,
    IOptions<AwsDiscoveryOptions> options,
    TimeProvider timeProvider,
    ILogger<AwsBedrockCollector> logger) : IAssetCollector
{
    public string Source => AssetVocabulary.Sources.Aws;

    public bool IsConfigured => options.Value.IsConfigured;

    public async Task<CollectionResult> CollectAsync(IProgress<CollectionProgress>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var settings = options.Value;
        var regions = settings.Regions.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (regions.Count == 0)
        {
            return new CollectionResult([], []);
        }

        var assets = new List<AiAsset>();
        var failures = new List<ScopeFailure>();
        AWSCredentials credentials;
        try
        {
            credentials = await accounts.BaseCredentialsAsync();
        }
        catch (AmazonClientException ex)
        {
            LogCredentialsUnavailable(logger, ex);
            return CollectionResult.FailedEntirely($"No AWS credentials: {ex.Message}");
        }

        await foreach (var account in ResolveAccountsAsync(credentials, settings.RoleArns, failures, progress, cancellationToken))
        {
            foreach (var region in regions)
            {
                var scope = AwsScopes.Region(account.AccountId, region);
                try
                {
                    var endpoint = BedrockEndpoints.ControlPlane(region, settings.ServiceUrl);
                    var found = await CollectRegionAsync(new BedrockTarget(account.AccountId, region, endpoint, account.Credentials), cancellationToken);
                    assets.AddRange(found);
                    LogRegionCollected(logger, scope, found.Count);
                    progress?.Report(new CollectionProgress(Source, $"{scope}: {found.Count} assets", assets.Count));
                }
                catch (Exception ex) when (IsScopeFailure(ex, cancellationToken))
                {
                    LogRegionFailed(logger, ex, scope);
                    failures.Add(new ScopeFailure(scope, Describe(ex)));
                    progress?.Report(new CollectionProgress(Source, $"{scope}: failed ({Describe(ex)})", assets.Count));
                }
            }
        }

        return new CollectionResult(assets, failures);
    }

    private async IAsyncEnumerable<AwsAccount> ResolveAccountsAsync(
        AWSCredentials credentials,
        IReadOnlyList<string> roleArns,
        List<ScopeFailure> failures,
        IProgress<CollectionProgress>? progress,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var roles = roleArns.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count == 0)
        {
            AwsAccount? own = null;
            try
            {
                own = await accounts.DefaultAccountAsync(credentials, cancellationToken);
            }
            catch (Exception ex) when (IsScopeFailure(ex, cancellationToken))
            {
                // Without an account id no region scope can be named; the whole AWS source is unread.
                LogAccountUnknown(logger, ex);
                failures.Add(new ScopeFailure(AssetScope.Everything, $"Could not identify the AWS account: {Describe(ex)}"));
                progress?.Report(new CollectionProgress(Source, $"account unknown ({Describe(ex)})", 0));
            }

            if (own is not null)
            {
                yield return own;
            }

            yield break;
        }

        foreach (var role in roles)
        {
            var scope = AwsScopes.Account(Arn.AccountOf(role) ?? role);
            AwsAccount? assumed = null;
            try
            {
                assumed = await accounts.AssumeRoleAsync(credentials, role, cancellationToken);
            }
            catch (Exception ex) when (IsScopeFailure(ex, cancellationToken))
            {
                LogRoleFailed(logger, ex, role);
                failures.Add(new ScopeFailure(scope, $"Could not assume {role}: {Describe(ex)}"));
                progress?.Report(new CollectionProgress(Source, $"{scope}: could not assume {role}", 0));
            }

            if (assumed is not null)
            {
                yield return assumed;
            }
        }
    }

    private async Task<IReadOnlyList<AiAsset>> CollectRegionAsync(BedrockTarget target, CancellationToken cancellationToken)
    {
        var guardrails = await bedrock.ListGuardrailsAsync(target, cancellationToken);
        var logging = await bedrock.GetModelInvocationLoggingAsync(target, cancellationToken);
        var evidence = new RegionEvidence(guardrails, logging?.DeliversLogs ?? false, BedrockEndpoints.Runtime(target.Region));
        var map = new BedrockAssetMapper(target, evidence, timeProvider.GetUtcNow());
        var assets = new List<AiAsset>();

        foreach (var guardrail in guardrails)
        {
            var detail = await bedrock.GetGuardrailAsync(target, guardrail.Id, guardrail.Version, cancellationToken);
            assets.Add(map.Guardrail(guardrail, detail));
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var model in await bedrock.ListCustomModelsAsync(target, cancellationToken))
        {
            assets.Add(map.CustomModel(model, await bedrock.GetCustomModelAsync(target, model.ModelArn, cancellationToken)));
            names[model.ModelArn] = model.ModelName;
        }

        foreach (var model in await bedrock.ListImportedModelsAsync(target, cancellationToken))
        {
            assets.Add(map.ImportedModel(model, await bedrock.GetImportedModelAsync(target, model.ModelArn, cancellationToken)));
            names[model.ModelArn] = model.ModelName;
        }

        foreach (var throughput in await bedrock.ListProvisionedModelThroughputsAsync(target, cancellationToken))
        {
            assets.Add(map.ProvisionedThroughput(throughput, names));
        }

        return assets;
    }

    /// <summary>
    /// What fails one scope rather than the run: Bedrock and STS errors (AmazonServiceException), SDK client errors
    /// (AmazonClientException, its sibling), transport errors, unreadable answers, bad endpoints, timeouts.
    /// </summary>
    private static bool IsScopeFailure(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        BedrockRequestException or HttpRequestException or AmazonServiceException or AmazonClientException => true,
        JsonException or ArgumentException or UriFormatException => true,
        _ => false,
    };

    private static string Describe(Exception ex) => ex switch
    {
        AmazonServiceException service => $"{service.ErrorCode ?? service.StatusCode.ToString()}: {service.Message}",
        OperationCanceledException => "timed out",
        HttpRequestException http => $"unreachable: {http.Message}",
        _ => ex.Message,
    };

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "AWS Bedrock {Scope}: {Count} assets")]
    private static partial void LogRegionCollected(ILogger logger, string scope, int count);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "AWS Bedrock {Scope} could not be read; its assets become unknown")]
    private static partial void LogRegionFailed(ILogger logger, Exception exception, string scope);

    [LoggerMessage(EventId = 402, Level = LogLevel.Warning, Message = "Could not assume {RoleArn}; its account's assets become unknown")]
    private static partial void LogRoleFailed(ILogger logger, Exception exception, string roleArn);

    [LoggerMessage(EventId = 403, Level = LogLevel.Error, Message = "No AWS credentials found; AWS discovery did not run")]
    private static partial void LogCredentialsUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 404, Level = LogLevel.Error, Message = "Could not identify the AWS account of the default credentials")]
    private static partial void LogAccountUnknown(ILogger logger, Exception exception);
}
