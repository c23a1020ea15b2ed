using System.Text;
using AiSec.Discovery.Registry;
using AiSec.Shared.Assets;
using AiSec.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Discovery.Tests;

/// <summary>Rescans of self-hosted models: the hash cache, replaced weights, new pickles, and roots that vanish.</summary>
public sealed class HuggingFaceRescanTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("aisec-hf-rescan-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Model(string name)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "config.json"), """{"model_type":"bert"}""");
        return folder;
    }

    private LocalHostFactory Host(params string[] roots) => new(azurite, roots.Select((r, i) => (r, i))
        .ToDictionary(p => $"Discovery:HuggingFace:Paths:{p.i}", p => (string?)p.r));

    private static async Task<ReconcileSummary> DiscoverAsync(LocalHostFactory host)
    {
        await host.StorageReadyAsync();
        return (await host.Services.GetRequiredService<DiscoveryRunner>().RunAsync(["hf"], "test", null, Ct)).Single();
    }

    [Fact]
    public async Task Unchanged_weights_come_from_the_cache_and_replaced_or_new_pickle_weights_are_changes()
    {
        var folder = Model("encoder");
        await File.WriteAllBytesAsync(Path.Combine(folder, "model.safetensors"), SafetensorsHeaderOnly(), Ct);
        await using var host = Host(_root);
        var first = await DiscoverAsync(host);
        var progress = new List<string>();

        var cached = (await host.Services.GetRequiredService<DiscoveryRunner>().RunAsync(["hf"], "test", new SynchronousProgress(p => progress.Add(p.Message)), Ct)).Single();
        await File.WriteAllBytesAsync(Path.Combine(folder, "model.safetensors"), [.. SafetensorsHeaderOnly(), 0, 0, 0, 0], Ct);
        File.SetLastWriteTimeUtc(Path.Combine(folder, "model.safetensors"), DateTime.UtcNow.AddMinutes(1));
        await File.WriteAllBytesAsync(Path.Combine(folder, "extra.bin"), [0x80, 0x02, .. Encoding.ASCII.GetBytes("cos\nsystem\n"), (byte)'.'], Ct);
        var changed = await DiscoverAsync(host);

        Assert.Equal(AssetChangeKinds.NewAsset, Assert.Single(first.Changes).Kind);
        Assert.Empty(cached.Changes);
        Assert.Contains(progress, p => p.Contains("1 weight file(s) unchanged, 0 hashed", StringComparison.Ordinal));
        var kinds = changed.Changes.Select(c => c.Kind).ToList();
        Assert.Contains(AssetChangeKinds.WeightsChanged, kinds);
        Assert.Contains(AssetChangeKinds.PickleWeightsAppeared, kinds);
        Assert.Contains(AssetChangeKinds.DangerousPickleAppeared, kinds);
    }

    [Fact]
    public async Task A_vanished_root_marks_its_models_unknown_and_a_deleted_model_missing()
    {
        var mounted = Path.Combine(_root, "volume");
        var local = Path.Combine(_root, "local");
        Directory.CreateDirectory(mounted);
        Directory.CreateDirectory(local);
        Directory.CreateDirectory(Path.Combine(mounted, "m1"));
        File.WriteAllText(Path.Combine(mounted, "m1", "config.json"), """{"architectures":["GPT2LMHeadModel"]}""");
        Directory.CreateDirectory(Path.Combine(local, "m2"));
        File.WriteAllText(Path.Combine(local, "m2", "config.json"), """{"architectures":["GPT2LMHeadModel"]}""");
        await using var host = Host(mounted, local);
        var first = await DiscoverAsync(host);

        Directory.Move(mounted, mounted + "-unmounted");
        Directory.Delete(Path.Combine(local, "m2"), recursive: true);
        var second = await DiscoverAsync(host);

        Assert.Equal(2, first.Seen);
        Assert.Equal((0, 1, 1), (second.Seen, second.Missing, second.Unknown));
        var assets = await host.Services.GetRequiredService<AssetStore>().ListAsync(Ct, "hf");
        Assert.Equal("unknown", assets.Single(a => a.Name == "m1").Status);
        Assert.Equal("missing", assets.Single(a => a.Name == "m2").Status);
    }

    private static byte[] SafetensorsHeaderOnly()
    {
        var header = Encoding.UTF8.GetBytes("{}");
        return [.. BitConverter.GetBytes((ulong)header.Length), .. header];
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed class SynchronousProgress(Action<AiSec.Discovery.Collectors.CollectionProgress> report) : IProgress<AiSec.Discovery.Collectors.CollectionProgress>
    {
        public void Report(AiSec.Discovery.Collectors.CollectionProgress value) => report(value);
    }
}
