using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace AiSec.Discovery.HuggingFace;

/// <summary>
/// Inspects a weight file without loading it: its format, a streamed SHA-256, a safetensors header check, and the
/// imports of any pickle inside (plain pickles and PyTorch zip archives). Problems are reported on the file, never thrown.
/// </summary>
public static class WeightFileInspector
{
    private const long MaxSafetensorsHeader = 100 * 1024 * 1024;
    private const int MaxPickleBytes = 64 * 1024 * 1024;

    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle", ".gguf", ".onnx",
    };

    public static async Task<WeightFile> InspectAsync(string path, string relativeName, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var format = extension switch
        {
            ".safetensors" => "safetensors",
            ".gguf" => "gguf",
            ".onnx" => "onnx",
            _ => "pickle",
        };
        try
        {
            var info = new FileInfo(path);
            string sha;
            await using (var stream = File.OpenRead(path))
            {
                sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            }

            var (risk, findings, error) = format switch
            {
                "safetensors" => ("none", (IReadOnlyList<string>)[], CheckSafetensors(path)),
                "gguf" => ("none", [], CheckMagic(path, "GGUF"u8) ? null : "not a GGUF file (bad magic)"),
                "onnx" => ("none", [], null),
                _ => ScanPickle(path),
            };
            return new WeightFile(relativeName, format, sha, info.Length, risk, findings, error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new WeightFile(relativeName, format, null, 0, format == "pickle" ? PickleScanner.Unknown : "none", [], $"unreadable: {ex.Message}");
        }
    }

    /// <summary>8-byte little-endian header length, a JSON header within the file, sane dtype/shape/offsets.</summary>
    public static string? CheckSafetensors(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> lengthBytes = stackalloc byte[8];
        if (stream.Read(lengthBytes) != 8)
        {
            return "safetensors header: file shorter than 8 bytes";
        }

        var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(lengthBytes);
        if (headerLength == 0 || headerLength > MaxSafetensorsHeader || (long)headerLength > stream.Length - 8)
        {
            return $"safetensors header: declared length {headerLength} does not fit the file ({stream.Length} bytes)";
        }

        var header = new byte[headerLength];
        stream.ReadExactly(header);
        var dataLength = stream.Length - 8 - (long)headerLength;
        try
        {
            using var json = JsonDocument.Parse(header);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return "safetensors header: not a JSON object";
            }

            foreach (var tensor in json.RootElement.EnumerateObject())
            {
                if (tensor.Name == "__metadata__")
                {
                    continue;
                }

                if (!tensor.Value.TryGetProperty("dtype", out var dtype) || dtype.ValueKind != JsonValueKind.String
                    || !tensor.Value.TryGetProperty("shape", out var shape) || shape.ValueKind != JsonValueKind.Array
                    || !tensor.Value.TryGetProperty("data_offsets", out var offsets) || offsets.GetArrayLength() != 2)
                {
                    return $"safetensors header: tensor '{tensor.Name}' lacks dtype, shape or data_offsets";
                }

                var begin = offsets[0].GetInt64();
                var end = offsets[1].GetInt64();
                if (begin < 0 || end < begin || end > dataLength)
                {
                    return $"safetensors header: tensor '{tensor.Name}' offsets [{begin}, {end}] fall outside the {dataLength}-byte data";
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return $"safetensors header: invalid JSON ({ex.Message.Split(" LineNumber")[0]})";
        }

        return null;
    }

    private static (string Risk, IReadOnlyList<string> Findings, string? Error) ScanPickle(string path)
    {
        if (CheckMagic(path, "PK"u8))
        {
            return ScanZip(path);
        }

        var info = new FileInfo(path);
        if (info.Length > MaxPickleBytes)
        {
            return (PickleScanner.Unknown, [], $"pickle larger than {MaxPickleBytes / (1024 * 1024)} MiB not scanned");
        }

        var verdict = PickleScanner.Scan(File.ReadAllBytes(path));
        return (verdict.Risk, verdict.Findings, null);
    }

    /// <summary>PyTorch's zip format: scan every *.pkl entry; the worst verdict wins.</summary>
    private static (string Risk, IReadOnlyList<string> Findings, string? Error) ScanZip(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var verdicts = new List<PickleVerdict>();
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".pkl", StringComparison.OrdinalIgnoreCase) && e.Length <= MaxPickleBytes))
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                verdicts.Add(PickleScanner.Scan(buffer.ToArray()));
            }

            if (verdicts.Count == 0)
            {
                return (PickleScanner.Unknown, [], "zip archive without a pickle entry");
            }

            var findings = verdicts.SelectMany(v => v.Findings).Distinct(StringComparer.Ordinal).ToList();
            var risk = verdicts.Any(v => v.Risk == PickleScanner.Dangerous) ? PickleScanner.Dangerous
                : verdicts.All(v => v.Risk == PickleScanner.Safe) ? PickleScanner.Safe : PickleScanner.Unknown;
            return (risk, risk == PickleScanner.Dangerous ? verdicts.Where(v => v.Risk == PickleScanner.Dangerous).SelectMany(v => v.Findings).ToList() : findings, null);
        }
        catch (InvalidDataException ex)
        {
            return (PickleScanner.Unknown, [], $"corrupt zip archive: {ex.Message}");
        }
    }

    private static bool CheckMagic(string path, ReadOnlySpan<byte> magic)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[magic.Length];
        return stream.Read(head) == magic.Length && head.SequenceEqual(magic);
    }
}
