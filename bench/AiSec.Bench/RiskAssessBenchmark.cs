using System.Diagnostics;
using AiSec.LocalHost.Extensions;
using AiSec.Risk.Assessment;
using AiSec.Shared.Assets;
using AiSec.Shared.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AiSec.Bench;

/// <summary>Assess 10,000 registry assets end to end against Azurite: read assets and counters, score, write scores and history.</summary>
public sealed class RiskAssessBenchmark : IBenchmark
{
    private const int Assets = 10_000;

    public string Name => "risk-assess";

    public string Description => "assess 10,000 assets end to end (read registry, score, write latest + history)";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await context.StorageConnectionStringAsync(cancellationToken),
            ["Storage:Prefix"] = "riskbench",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddLocalCore(builder.Configuration);
        using var host = builder.Build();
        await host.Services.GetRequiredService<AiSecStorage>().EnsureCreatedAsync(cancellationToken);
        await host.StartAsync(cancellationToken);

        var random = new Random(11);
        string[] types = [AssetVocabulary.Types.ApiEndpoint, AssetVocabulary.Types.AiAgent, AssetVocabulary.Types.FoundationModel, AssetVocabulary.Types.VectorDatabase, AssetVocabulary.Types.EmbeddingModel];
        string[] exposures = ["internal", "vpc", "public"];
        string[] classes = ["public", "internal", "confidential", "restricted", "regulated"];
        var now = DateTimeOffset.UtcNow;
        var seed = Enumerable.Range(0, Assets).Select(i => new AiAsset
        {
            Id = $"/subscriptions/sub{i % 20}/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/acct{i / 20}/deployments/d{i}",
            Name = $"d{i}",
            Source = i % 2 == 0 ? "azure" : "aws",
            AssetType = types[random.Next(types.Length)],
            NetworkExposure = exposures[random.Next(exposures.Length)],
            DataClassification = classes[random.Next(classes.Length)],
            ModelProvider = "azure_openai",
            FirstSeen = now,
            LastSeen = now,
        }).ToList();
        var seedWatch = Stopwatch.StartNew();
        await host.Services.GetRequiredService<AssetStore>().UpsertAsync(seed, cancellationToken);
        BenchContext.Report(Name, "seed_assets", seedWatch.Elapsed.TotalSeconds, "s");

        var watch = Stopwatch.StartNew();
        var summary = await host.Services.GetRequiredService<RiskAssessor>().AssessAllAsync(cancellationToken);
        watch.Stop();
        BenchContext.Report(Name, "assessed", summary.Assessed, "assets");
        BenchContext.Report(Name, "elapsed", watch.Elapsed.TotalSeconds, "s");
        BenchContext.Report(Name, "throughput", summary.Assessed / watch.Elapsed.TotalSeconds, "assets/s");
        await host.StopAsync(cancellationToken);
    }
}
