using AiSec.Discovery.Collectors;
using AiSec.Discovery.Registry;
using Microsoft.Extensions.Logging;

namespace AiSec.Discovery;

/// <summary>
/// Runs collectors side by side and reconciles each one's result into the registry. A collector that throws
/// something unexpected fails on its own: its assets become unknown and the other collectors still land.
/// </summary>
public sealed partial class DiscoveryRunner(IEnumerable<IAssetCollector> collectors, AssetReconciler reconciler, ILogger<DiscoveryRunner> logger)
{
    public IReadOnlyList<IAssetCollector> Collectors { get; } = collectors.ToList();

    /// <param name="sources">Collectors to run; null runs every configured one.</param>
    /// <exception cref="DiscoveryConfigurationException">A named source does not exist or has nothing configured to scan.</exception>
    public async Task<IReadOnlyList<ReconcileSummary>> RunAsync(IReadOnlyCollection<string>? sources, string actor, IProgress<CollectionProgress>? progress, CancellationToken cancellationToken)
    {
        var selected = Select(sources);
        var runs = selected.Select(async collector =>
        {
            var result = await CollectAsync(collector, progress, cancellationToken);
            return await reconciler.ReconcileAsync(collector.Source, result, actor, cancellationToken);
        });
        return await Task.WhenAll(runs);
    }

    private List<IAssetCollector> Select(IReadOnlyCollection<string>? sources)
    {
        if (sources is null)
        {
            return Collectors.Where(c => c.IsConfigured).ToList();
        }

        var selected = new List<IAssetCollector>();
        foreach (var source in sources)
        {
            var collector = Collectors.FirstOrDefault(c => string.Equals(c.Source, source, StringComparison.OrdinalIgnoreCase))
                ?? throw new DiscoveryConfigurationException($"there is no '{source}' collector; choose from {string.Join(", ", Collectors.Select(c => c.Source))}");
            if (!collector.IsConfigured)
            {
                throw new DiscoveryConfigurationException(NotConfigured(collector.Source));
            }

            selected.Add(collector);
        }

        return selected;
    }

    private static string NotConfigured(string source) => source switch
    {
        "azure" => "the azure collector is off: set Discovery:Azure:Enabled=true (and Discovery:Azure:SubscriptionIds or a credential that can list subscriptions)",
        "aws" => "the aws collector has no regions: set Discovery:Aws:Regions",
        "hf" => "the hf collector has no folders: pass --hf-path DIR or set Discovery:HuggingFace:Paths",
        _ => $"the {source} collector is not configured",
    };

    private async Task<CollectionResult> CollectAsync(IAssetCollector collector, IProgress<CollectionProgress>? progress, CancellationToken cancellationToken)
    {
        try
        {
            return await collector.CollectAsync(progress, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCollectorFailed(logger, collector.Source, ex);
            return CollectionResult.FailedEntirely($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Collector {Source} failed; its assets are marked unknown")]
    private static partial void LogCollectorFailed(ILogger logger, string source, Exception exception);
}
