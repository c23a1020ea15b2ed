using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiSec.Shared.Assets;

namespace AiSec.Discovery.HuggingFace;

/// <summary>
/// Finds self-hosted Hugging Face models under folders: plain model folders and the hub cache layout
/// (<c>models--org--name/snapshots/&lt;rev&gt;/</c>). A model folder has a config.json naming <c>model_type</c> or
/// <c>architectures</c>. Unreadable or malformed files are reported on the asset, never abort the scan.
/// </summary>
public static partial class HuggingFaceScanner
{
    private const int MaxDepth = 8;

    /// <summary>The models found, problems worth reporting, and the roots that could not be scanned at all.</summary>
    public sealed record ScanResult(IReadOnlyList<AiAsset> Assets, IReadOnlyList<string> Errors, IReadOnlyList<string> FailedRoots);

    /// <param name="cache">Weight facts from earlier scans: files whose size and modification time did not change are not rehashed.</param>
    public static async Task<ScanResult> ScanAsync(IEnumerable<string> roots, DateTimeOffset now, WeightScanCache? cache, CancellationToken cancellationToken)
    {
        var assets = new List<AiAsset>();
        var errors = new List<string>();
        var failedRoots = new List<string>();
        foreach (var root in roots.Select(Path.GetFullPath))
        {
            if (!Directory.Exists(root))
            {
                errors.Add($"{root}: not a folder");
                failedRoots.Add(root);
                continue;
            }

            foreach (var folder in ModelFolders(root, errors))
            {
                assets.Add(await DescribeAsync(folder, root, now, cache, cancellationToken));
            }
        }

        return new ScanResult(assets, errors, failedRoots);
    }

    private static IEnumerable<string> ModelFolders(string root, List<string> errors)
    {
        var pending = new Stack<(string Path, int Depth)>([(Path.GetFullPath(root), 0)]);
        while (pending.Count > 0)
        {
            var (folder, depth) = pending.Pop();
            if (IsModelFolder(Path.Combine(folder, "config.json")))
            {
                yield return folder;
                continue;
            }

            if (depth >= MaxDepth)
            {
                continue;
            }

            string[] children;
            try
            {
                children = Directory.GetDirectories(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add($"{folder}: {ex.Message}");
                continue;
            }

            foreach (var child in children.Order(StringComparer.Ordinal))
            {
                pending.Push((child, depth + 1));
            }
        }
    }

    private static bool IsModelFolder(string config)
    {
        try
        {
            return File.Exists(config) && JsonNode.Parse(File.ReadAllText(config)) is JsonObject o && (o["model_type"] is not null || o["architectures"] is not null);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static async Task<AiAsset> DescribeAsync(string folder, string root, DateTimeOffset now, WeightScanCache? cache, CancellationToken cancellationToken)
    {
        var config = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "config.json"), cancellationToken))!.AsObject();
        var hubName = HubCache().Match(folder.Replace('\\', '/'));
        var name = hubName.Success ? $"{hubName.Groups["org"].Value}/{hubName.Groups["name"].Value}" : Path.GetFileName(folder);
        var weights = new List<WeightFile>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 2 })
                     .Where(f => WeightFileInspector.Extensions.Contains(Path.GetExtension(f)))
                     .Order(StringComparer.Ordinal))
        {
            weights.Add(await InspectAsync(file, Path.GetRelativePath(folder, file), cache, cancellationToken));
        }

        var license = License(folder);
        var architecture = config["architectures"] is JsonArray { Count: > 0 } archs ? archs[0]?.ToString() : null;
        var modelType = config["model_type"]?.ToString();
        return new AiAsset
        {
            Id = "hf:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folder))),
            Name = name,
            Source = AssetVocabulary.Sources.HuggingFace,
            AssetType = AssetVocabulary.Types.FoundationModel,
            Scope = root,
            ModelName = name,
            ModelVersion = hubName.Success ? hubName.Groups["rev"].Value : null,
            ModelProvider = "self_hosted",
            IsSelfHosted = true,
            NetworkExposure = AssetVocabulary.Exposure.Internal,
            LicenseType = license,
            SourceUrl = hubName.Success ? $"https://huggingface.co/{name}" : null,
            FirstSeen = now,
            LastSeen = now,
            Properties = new JsonObject
            {
                ["path"] = folder,
                ["architecture"] = architecture,
                ["modelType"] = modelType,
                ["license"] = license,
                ["weights"] = JsonSerializer.SerializeToNode(weights, Json),
            },
        };
    }

    private static async Task<WeightFile> InspectAsync(string file, string relativeName, WeightScanCache? cache, CancellationToken cancellationToken)
    {
        var info = new FileInfo(file);
        if (cache?.TryGet(info) is { } known)
        {
            return known with { File = relativeName };
        }

        var weight = await WeightFileInspector.InspectAsync(file, relativeName, cancellationToken);
        cache?.Remember(info, weight);
        return weight;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The model card's front-matter <c>license:</c>, else the first line of a LICENSE file.</summary>
    private static string? License(string folder)
    {
        try
        {
            return ReadLicense(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or RegexMatchTimeoutException)
        {
            return null; // an unreadable card or licence file leaves the licence unknown; the scan goes on
        }
    }

    private static string? ReadLicense(string folder)
    {
        var card = Path.Combine(folder, "README.md");
        if (File.Exists(card))
        {
            var match = FrontMatterLicense().Match(File.ReadAllText(card));
            if (match.Success)
            {
                return match.Groups[1].Value.Trim().Trim('"', '\'');
            }
        }

        var licenseFile = new[] { "LICENSE", "LICENSE.txt", "LICENSE.md" }.Select(f => Path.Combine(folder, f)).FirstOrDefault(File.Exists);
        return licenseFile is null ? null : File.ReadLines(licenseFile).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim();
    }

    [GeneratedRegex(@"models--(?<org>[^/]+?)--(?<name>[^/]+)/snapshots/(?<rev>[^/]+)/?$", RegexOptions.CultureInvariant)]
    private static partial Regex HubCache();

    [GeneratedRegex(@"\A---\s*\n(?:.*\n)*?license:\s*(.+)\n(?:.*\n)*?---", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex FrontMatterLicense();
}
