using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using AiSec.Discovery.Collectors;
using AiSec.Shared.Assets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiSec.Discovery.AzureArm;

/// <summary>
/// Inventories Azure OpenAI / AI Services accounts with their deployments and content filters, and Azure ML / AI
/// Foundry online and serverless endpoints, in every configured (or readable) subscription. One subscription,
/// account or workspace that cannot be read is reported as a failed scope; the rest are still collected.
/// </summary>
public sealed partial class AzureCollector(
    Lazy<ArmRestClient> client,
    IOptions<AzureDiscoveryOptions> options,
    TimeProvider time,
    ILogger<AzureCollector> logger) : IAssetCollector
{
    private static readonly string[] KindsWithDeployments = ["OpenAI", "AIServices"];

    private ArmRestClient Arm => client.Value;

    public string Source => AssetVocabulary.Sources.Azure;

    public bool IsConfigured => options.Value.Enabled;

    public async Task<CollectionResult> CollectAsync(IProgress<CollectionProgress>? progress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        IReadOnlyList<string> subscriptions;
        try
        {
            subscriptions = await SubscriptionsAsync(cancellationToken);
        }
        catch (ArmRequestException ex)
        {
            LogSubscriptionsUnreadable(logger, ex);
            return CollectionResult.FailedEntirely("cannot list subscriptions: " + ex.Message);
        }

        var run = new Run(now, progress);
        foreach (var subscription in subscriptions)
        {
            try
            {
                await CollectSubscriptionAsync(subscription, run, cancellationToken);
            }
            catch (ArmRequestException ex)
            {
                LogScopeFailed(logger, "/subscriptions/" + subscription, ex);
                run.Failures.Add(new ScopeFailure("/subscriptions/" + subscription, ex.Message));
            }
        }

        return new CollectionResult(
            run.Assets.OrderBy(a => a.Id, StringComparer.OrdinalIgnoreCase).ToList(),
            run.Failures.OrderBy(f => f.Scope, StringComparer.OrdinalIgnoreCase).ToList());
    }

    private async Task<IReadOnlyList<string>> SubscriptionsAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SubscriptionIds is { Length: > 0 } configured)
        {
            return configured;
        }

        var found = new List<string>();
        await foreach (var subscription in Arm.ListAsync("/subscriptions", ArmApiVersions.Subscriptions, cancellationToken))
        {
            if (subscription.Text("subscriptionId") is { } id && !string.Equals(subscription.Text("state"), "Disabled", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(id);
            }
        }

        return found;
    }

    private async Task CollectSubscriptionAsync(string subscription, Run run, CancellationToken cancellationToken)
    {
        var kinds = new HashSet<string>(options.Value.AccountKinds, StringComparer.OrdinalIgnoreCase);
        var accounts = new List<AccountFacts>();
        await foreach (var account in Arm.ListAsync($"/subscriptions/{subscription}/providers/Microsoft.CognitiveServices/accounts", ArmApiVersions.CognitiveServices, cancellationToken))
        {
            if (kinds.Contains(account.Text("kind") ?? ""))
            {
                accounts.Add(AccountFacts.Of(account));
            }
        }

        var workspaces = new List<WorkspaceFacts>();
        await foreach (var workspace in ListUnlessProviderUnregisteredAsync($"/subscriptions/{subscription}/providers/Microsoft.MachineLearningServices/workspaces", ArmApiVersions.MachineLearningServices, cancellationToken))
        {
            workspaces.Add(WorkspaceFacts.Of(workspace));
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(accounts, parallel, async (account, ct) =>
        {
            run.Add(AzureAssetMapper.Account(account, run.Now));
            await IsolatedAsync(account.Id, run, () => CollectAccountAsync(account, run, ct));
            run.Report(Source, $"{subscription}: account {account.Name}");
        });
        await Parallel.ForEachAsync(workspaces, parallel, async (workspace, ct) =>
        {
            await IsolatedAsync(workspace.Id, run, () => CollectWorkspaceAsync(workspace, run, ct));
            run.Report(Source, $"{subscription}: workspace {workspace.Name}");
        });
    }

    private async Task CollectAccountAsync(AccountFacts account, Run run, CancellationToken cancellationToken)
    {
        if (!KindsWithDeployments.Contains(account.Kind, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        var policies = new Dictionary<string, RaiPolicySummary>(StringComparer.OrdinalIgnoreCase);
        await foreach (var policy in Arm.ListAsync(account.Id + "/raiPolicies", ArmApiVersions.CognitiveServices, cancellationToken))
        {
            var summary = RaiPolicySummary.Of(policy);
            policies[summary.Name] = summary;
        }

        var found = new List<AiAsset>();
        found.AddRange(policies.Values.Where(p => p.IsCustomerManaged).Select(p => AzureAssetMapper.RaiPolicy(p, account, run.Now)));
        await foreach (var deployment in Arm.ListAsync(account.Id + "/deployments", ArmApiVersions.CognitiveServices, cancellationToken))
        {
            found.Add(AzureAssetMapper.Deployment(deployment, account, policies, run.Now));
        }

        // Added together so a failure half-way leaves none of the account's children: they become unknown, not missing.
        run.Add(found);
    }

    private async Task CollectWorkspaceAsync(WorkspaceFacts workspace, Run run, CancellationToken cancellationToken)
    {
        var found = new List<AiAsset>();
        await foreach (var endpoint in ListUnlessProviderUnregisteredAsync(workspace.Id + "/onlineEndpoints", ArmApiVersions.MachineLearningServices, cancellationToken))
        {
            found.Add(AzureAssetMapper.OnlineEndpoint(endpoint, workspace, run.Now));
        }

        await foreach (var endpoint in ListUnlessProviderUnregisteredAsync(workspace.Id + "/serverlessEndpoints", ArmApiVersions.MachineLearningServices, cancellationToken))
        {
            found.Add(AzureAssetMapper.ServerlessEndpoint(endpoint, workspace, run.Now));
        }

        run.Add(found);
    }

    private async Task IsolatedAsync(string scope, Run run, Func<Task> collect)
    {
        try
        {
            await collect();
        }
        catch (ArmRequestException ex)
        {
            LogScopeFailed(logger, scope, ex);
            run.Failures.Add(new ScopeFailure(scope, ex.Message));
        }
    }

    /// <summary>A subscription that never registered a provider answers 409/404 for its collections: it simply has none.</summary>
    private async IAsyncEnumerable<JsonObject> ListUnlessProviderUnregisteredAsync(string path, string apiVersion, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var items = Arm.ListAsync(path, apiVersion, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await items.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (ArmRequestException ex) when (ex.ErrorCode is "MissingSubscriptionRegistration" or "SubscriptionNotRegistered" or "NoRegisteredProviderFound")
            {
                yield break;
            }

            yield return items.Current;
        }
    }

    private sealed class Run(DateTimeOffset now, IProgress<CollectionProgress>? progress)
    {
        private readonly ConcurrentQueue<AiAsset> assets = new();
        private int count;

        public DateTimeOffset Now { get; } = now;

        public IEnumerable<AiAsset> Assets => assets;

        public ConcurrentBag<ScopeFailure> Failures { get; } = [];

        public void Add(AiAsset asset) => Add(new List<AiAsset> { asset });

        public void Add(List<AiAsset> found)
        {
            foreach (var asset in found)
            {
                assets.Enqueue(asset);
            }

            Interlocked.Add(ref count, found.Count);
        }

        public void Report(string source, string message) => progress?.Report(new CollectionProgress(source, message, Volatile.Read(ref count)));
    }

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "Azure discovery cannot list subscriptions; every Azure asset is marked unknown")]
    private static partial void LogSubscriptionsUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Azure discovery could not read {Scope}; its assets are marked unknown")]
    private static partial void LogScopeFailed(ILogger logger, string scope, Exception exception);
}
