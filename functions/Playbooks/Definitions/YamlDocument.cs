using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AiSec.Playbooks.Definitions;

/// <summary>
/// A YAML (or JSON) file read into a <see cref="JsonNode"/> for schema validation, remembering the line each JSON
/// pointer came from so that every problem can name its line. YAML's core schema decides the scalar types.
/// </summary>
internal sealed class YamlDocument
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private YamlDocument(JsonNode? root) => Root = root;

    public JsonNode? Root { get; private set; }

    /// <summary>The line of the value at a JSON pointer, or of its nearest parent that has one.</summary>
    public int LineOf(string pointer)
    {
        for (var p = pointer; ; p = p[..p.LastIndexOf('/')])
        {
            if (_lines.TryGetValue(p, out var line))
            {
                return line;
            }

            if (p.Length == 0)
            {
                return 1;
            }
        }
    }

    /// <exception cref="YamlException">The text is not well-formed YAML (the exception carries the line).</exception>
    public static YamlDocument Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var document = new YamlDocument(null);
        if (stream.Documents.Count > 0)
        {
            document.Root = document.Convert(stream.Documents[0].RootNode, "");
        }

        return document;
    }

    private JsonNode? Convert(YamlNode node, string pointer)
    {
        _lines[pointer] = (int)node.Start.Line;
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = (key as YamlScalarNode)?.Value ?? key.ToString();
                    var child = $"{pointer}/{Escape(name)}";
                    obj[name] = Convert(value, child);
                    // A problem with a field is reported on the line of its key, where a reader looks for it.
                    _lines[child] = (int)key.Start.Line;
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    array.Add(Convert(sequence.Children[i], $"{pointer}/{i}"));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            _ => JsonValue.Create(text),
        };
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
