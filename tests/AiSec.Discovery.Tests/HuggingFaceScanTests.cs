using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiSec.Discovery.HuggingFace;
using AiSec.Testing;

namespace AiSec.Discovery.Tests;

/// <summary>Fixtures are built here: tiny fake weight files, a pickle with a malicious GLOBAL, a corrupt header.</summary>
public sealed class HuggingFaceScanTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("aisec-hf-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string ModelFolder(string relative, string config = """{"model_type":"llama","architectures":["LlamaForCausalLM"]}""")
    {
        var folder = Path.Combine(_root, relative);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "config.json"), config);
        return folder;
    }

    private static byte[] Safetensors(long dataLength = 16, long? declaredEnd = null)
    {
        var end = declaredEnd ?? dataLength;
        var header = Encoding.UTF8.GetBytes("{\"w\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0," + end + "]}}");
        var bytes = new byte[8 + header.Length + dataLength];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)header.Length);
        header.CopyTo(bytes, 8);
        return bytes;
    }

    /// <summary>Protocol-2 pickle: GLOBAL module name, an argument tuple, REDUCE, STOP.</summary>
    private static byte[] PickleCalling(string module, string name) =>
        [0x80, 0x02, .. Encoding.ASCII.GetBytes($"c{module}\n{name}\n"), 0x8c, 0x02, (byte)'i', (byte)'d', 0x85, (byte)'R', (byte)'.'];

    /// <summary>Protocol-4 pickle using STACK_GLOBAL, the way PyTorch's data.pkl names its reconstructors.</summary>
    private static byte[] StackGlobalPickle(string module, string name)
    {
        var m = Encoding.ASCII.GetBytes(module);
        var n = Encoding.ASCII.GetBytes(name);
        return [0x80, 0x04, 0x8c, (byte)m.Length, .. m, 0x8c, (byte)n.Length, .. n, 0x93, (byte)')', (byte)'R', (byte)'.'];
    }

    [Fact]
    public void Flags_a_pickle_that_imports_os_system_without_unpickling_it()
    {
        var verdict = PickleScanner.Scan(PickleCalling("os", "system"));

        Assert.Equal(PickleScanner.Dangerous, verdict.Risk);
        Assert.Contains("os system", verdict.Findings);
    }

    [Theory]
    [InlineData("torch._utils", "_rebuild_tensor_v2", "safe")]
    [InlineData("collections", "OrderedDict", "safe")]
    [InlineData("builtins", "eval", "dangerous")]
    [InlineData("subprocess", "Popen", "dangerous")]
    [InlineData("mylib.helpers", "make", "unknown")]
    public void Judges_stack_global_imports(string module, string name, string risk)
    {
        Assert.Equal(risk, PickleScanner.Scan(StackGlobalPickle(module, name)).Risk);
    }

    [Fact]
    public void Truncated_or_garbage_streams_are_unknown_not_safe()
    {
        Assert.Equal(PickleScanner.Unknown, PickleScanner.Scan([0x80, 0x02, 0x8c, 0x40, 0x41]).Risk);
        Assert.Equal(PickleScanner.Unknown, PickleScanner.Scan("hello world"u8).Risk);
    }

    [Fact]
    public async Task Scans_plain_and_hub_cache_models_with_formats_hashes_and_pickle_risk()
    {
        var plain = ModelFolder("plain-model");
        await File.WriteAllBytesAsync(Path.Combine(plain, "model.safetensors"), Safetensors(), Ct);
        await File.WriteAllBytesAsync(Path.Combine(plain, "evil.pkl"), PickleCalling("posix", "system"), Ct);
        await File.WriteAllTextAsync(Path.Combine(plain, "README.md"), "---\nlicense: apache-2.0\ntags: [x]\n---\n# Model\n", Ct);
        var hub = ModelFolder("hub/models--acme--tiny-llm/snapshots/abc123");
        using (var zip = ZipFile.Open(Path.Combine(hub, "pytorch_model.bin"), ZipArchiveMode.Create))
        {
            await using var entry = zip.CreateEntry("archive/data.pkl").Open();
            await entry.WriteAsync(StackGlobalPickle("torch._utils", "_rebuild_tensor_v2"), Ct);
        }

        await File.WriteAllBytesAsync(Path.Combine(hub, "broken.safetensors"), Safetensors(dataLength: 4, declaredEnd: 4096), Ct);

        var scan = await HuggingFaceScanner.ScanAsync([_root], DateTimeOffset.UtcNow, null, Ct);

        Assert.Equal(2, scan.Assets.Count);
        var plainAsset = scan.Assets.Single(a => a.Name == "plain-model");
        Assert.Equal("apache-2.0", plainAsset.LicenseType);
        Assert.Equal("internal", plainAsset.NetworkExposure);
        var weights = plainAsset.Properties["weights"]!.AsArray();
        var evil = weights.Single(w => w!["file"]!.ToString() == "evil.pkl")!;
        Assert.Equal("dangerous", evil["pickleRisk"]!.ToString());
        Assert.Equal(64, weights.Single(w => w!["format"]!.ToString() == "safetensors")!["sha256"]!.ToString().Length);

        var hubAsset = scan.Assets.Single(a => a.Name == "acme/tiny-llm");
        Assert.Equal("https://huggingface.co/acme/tiny-llm", hubAsset.SourceUrl);
        Assert.Equal("abc123", hubAsset.ModelVersion);
        var hubWeights = hubAsset.Properties["weights"]!.AsArray();
        Assert.Equal("safe", hubWeights.Single(w => w!["file"]!.ToString() == "pytorch_model.bin")!["pickleRisk"]!.ToString());
        Assert.Contains("offsets", hubWeights.Single(w => w!["file"]!.ToString() == "broken.safetensors")!["error"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_cli_records_models_in_the_registry_and_lists_their_weights()
    {
        var folder = ModelFolder("cli-model");
        await File.WriteAllBytesAsync(Path.Combine(folder, "model.pt"), PickleCalling("os", "system"), Ct);
        var settings = azurite.Settings(AzuriteFixture.NewPrefix());

        var discovered = await CliRunner.RunAsync(["discover", "--source", "hf", "--hf-path", _root, "--json"], settings, cancellationToken: Ct);
        var again = await CliRunner.RunAsync(["discover", "--source", "hf", "--hf-path", _root, "--json"], settings, cancellationToken: Ct);
        var listed = await CliRunner.RunAsync(["assets", "list", "--json"], settings, cancellationToken: Ct);

        Assert.Equal(0, discovered.ExitCode);
        Assert.Equal(1, JsonDocument.Parse(discovered.StdOut).RootElement.GetProperty("sources")[0].GetProperty("dangerousPickles").GetInt32());
        Assert.Equal(0, JsonDocument.Parse(again.StdOut).RootElement.GetProperty("sources")[0].GetProperty("created").GetInt32());
        var asset = Assert.Single(JsonNode.Parse(listed.StdOut)!.AsArray());
        Assert.Equal("hf", asset!["source"]!.ToString());
        var weight = asset["properties"]!["weights"]![0]!;
        foreach (var field in new[] { "file", "format", "sha256", "pickleRisk" })
        {
            Assert.NotNull(weight[field]);
        }
    }

    [Fact]
    public async Task A_source_that_is_not_configured_is_a_usage_error_naming_the_setting()
    {
        var result = await CliRunner.RunAsync(["discover", "--source", "azure"], azurite.Settings(AzuriteFixture.NewPrefix()), cancellationToken: Ct);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Discovery:Azure:Enabled", result.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
