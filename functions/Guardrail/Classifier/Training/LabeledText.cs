using System.Text.Json;

namespace AiSec.Guardrail.Classifier.Training;

/// <summary>One labelled example: <c>{"text": "...", "label": "attack"|"benign", "kind": "...", "source"?: "owner/repo:path"}</c>.</summary>
/// <param name="Source">Where the row came from; rows of one source are held out together when estimating how a model does on unseen data.</param>
public sealed record LabeledText(string Text, bool IsAttack, string Kind, int Line, string? Source = null)
{
    /// <summary>The source up to its first colon: the repository, so all files of one repository form one group.</summary>
    public string? SourceGroup => Source is null ? null : Source.Split(':', 2)[0].Trim();
}

/// <summary>A row that cannot be used, with its 1-based line number.</summary>
public sealed class LabeledDataException(string message) : Exception(message);

public static class LabeledTextReader
{
    /// <summary>Reads a JSON-lines file; a malformed or unlabelled row stops the read with its line number.</summary>
    public static IReadOnlyList<LabeledText> Read(string path)
    {
        var rows = new List<LabeledText>();
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            rows.Add(Parse(raw, line));
        }

        return rows;
    }

    private static LabeledText Parse(string raw, int line)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(raw);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new LabeledDataException($"line {line}: not valid JSON ({ex.Message.Split('.')[0]})");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new LabeledDataException($"line {line}: expected a JSON object");
        }

        if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            throw new LabeledDataException($"line {line}: \"text\" is missing or not a string");
        }

        if (!root.TryGetProperty("label", out var label) || label.ValueKind != JsonValueKind.String)
        {
            throw new LabeledDataException($"line {line}: \"label\" is missing (expected \"attack\" or \"benign\")");
        }

        var isAttack = label.GetString() switch
        {
            "attack" => true,
            "benign" => false,
            var other => throw new LabeledDataException($"line {line}: \"label\" is \"{other}\"; expected \"attack\" or \"benign\""),
        };
        var kind = root.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : (isAttack ? "attack" : "benign");
        var source = root.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        return new LabeledText(text.GetString()!, isAttack, kind, line, source);
    }
}
