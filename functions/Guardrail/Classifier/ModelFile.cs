using System.Reflection;
using System.Text.Json;

namespace AiSec.Guardrail.Classifier;

/// <summary>
/// Reads and writes the model: non-zero weights as a compact binary file (L1 keeps them few) and metadata as JSON
/// beside it. The product ships both as embedded resources so the host loads them without touching disk.
/// </summary>
public static class ModelFile
{
    public const string WeightsFileName = "guardrail-classifier.bin";
    public const string MetadataFileName = "guardrail-classifier.json";
    private const int Magic = 0x4C534941; // "AISL"
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Save(string directory, LinearModel model, ClassifierMetadata metadata)
    {
        Directory.CreateDirectory(directory);
        using (var stream = File.Create(Path.Combine(directory, WeightsFileName)))
        using (var writer = new BinaryWriter(stream))
        {
            var weights = model.Weights;
            var nonZero = 0;
            foreach (var w in weights)
            {
                nonZero += w != 0 ? 1 : 0;
            }

            writer.Write(Magic);
            writer.Write(weights.Length);
            writer.Write(model.Bias);
            writer.Write(nonZero);
            for (var i = 0; i < weights.Length; i++)
            {
                if (weights[i] != 0)
                {
                    writer.Write(i);
                    writer.Write(weights[i]);
                }
            }
        }

        File.WriteAllText(Path.Combine(directory, MetadataFileName), JsonSerializer.Serialize(metadata, Json));
    }

    public static (LinearModel Model, ClassifierMetadata Metadata) LoadDirectory(string directory) =>
        Load(File.OpenRead(Path.Combine(directory, WeightsFileName)), File.OpenRead(Path.Combine(directory, MetadataFileName)));

    public static (LinearModel Model, ClassifierMetadata Metadata) LoadEmbedded()
    {
        var assembly = typeof(ModelFile).Assembly;
        return Load(Open(assembly, WeightsFileName), Open(assembly, MetadataFileName));
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream($"AiSec.Guardrail.Model.{name}")
        ?? throw new InvalidOperationException($"The guardrail model resource {name} is missing from {assembly.GetName().Name}; run 'aisec guard train'.");

    private static (LinearModel, ClassifierMetadata) Load(Stream weightsStream, Stream metadataStream)
    {
        using (weightsStream)
        using (metadataStream)
        using (var reader = new BinaryReader(weightsStream))
        {
            if (reader.ReadInt32() != Magic)
            {
                throw new InvalidDataException("Not a guardrail classifier weights file.");
            }

            var dimension = reader.ReadInt32();
            if (dimension != NgramHasher.Dimension)
            {
                throw new InvalidDataException($"Model has {dimension} features; this build hashes into {NgramHasher.Dimension}. Retrain with 'aisec guard train'.");
            }

            var bias = reader.ReadSingle();
            var count = reader.ReadInt32();
            var weights = new float[dimension];
            for (var i = 0; i < count; i++)
            {
                var index = reader.ReadInt32();
                weights[index] = reader.ReadSingle();
            }

            var metadata = JsonSerializer.Deserialize<ClassifierMetadata>(metadataStream, Json)
                ?? throw new InvalidDataException("Empty classifier metadata.");
            return (new LinearModel(weights, bias), metadata);
        }
    }
}
