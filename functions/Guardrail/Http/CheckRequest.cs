using System.Text;
using System.Text.Json;
using AiSec.Guardrail.Detection;

namespace AiSec.Guardrail.Http;

/// <summary>
/// Reads a check body: <c>{"text", "app"?, "source"?}</c> or <c>{"messages": [{"role", "content"}], "app"?}</c>. Every
/// problem is reported with the JSON path of the field at fault. Multi-turn messages are screened as one text (one
/// message per line, in order), so an attack split across turns is still seen; spans refer to that text.
/// </summary>
public static class CheckRequest
{
    public sealed record Parsed(string Text, string? App, string Source);

    public sealed record Invalid(string Field, string Message);

    public static object Parse(ReadOnlySpan<byte> body, bool allowMessages = true)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return new Invalid("$", $"the body is not valid JSON: {ex.Message.Split(" Path:")[0].Split(" LineNumber")[0]}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new Invalid("$", "the body must be a JSON object");
            }

            var app = OptionalString(root, "app", out var appError);
            if (appError is not null)
            {
                return appError;
            }

            var source = OptionalString(root, "source", out var sourceError) ?? Sources.User;
            if (sourceError is not null)
            {
                return sourceError;
            }

            if (!Sources.All.Contains(source))
            {
                return new Invalid("source", $"must be one of {string.Join(", ", Sources.All)}");
            }

            var hasText = root.TryGetProperty("text", out var text);
            var hasMessages = allowMessages && root.TryGetProperty("messages", out _);
            if (hasText)
            {
                return text.ValueKind == JsonValueKind.String
                    ? new Parsed(text.GetString()!, app, source)
                    : new Invalid("text", "must be a string");
            }

            if (hasMessages)
            {
                return ParseMessages(root.GetProperty("messages"), app, source);
            }

            return new Invalid("text", allowMessages ? "is required (or give \"messages\")" : "is required");
        }
    }

    private static object ParseMessages(JsonElement messages, string? app, string source)
    {
        if (messages.ValueKind != JsonValueKind.Array || messages.GetArrayLength() == 0)
        {
            return new Invalid("messages", "must be a non-empty array of {\"role\", \"content\"}");
        }

        var text = new StringBuilder();
        var index = 0;
        foreach (var message in messages.EnumerateArray())
        {
            if (message.ValueKind != JsonValueKind.Object)
            {
                return new Invalid($"messages[{index}]", "must be an object with \"role\" and \"content\"");
            }

            if (!message.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String)
            {
                return new Invalid($"messages[{index}].content", "is required and must be a string");
            }

            if (message.TryGetProperty("role", out var role) && role.ValueKind != JsonValueKind.String)
            {
                return new Invalid($"messages[{index}].role", "must be a string");
            }

            if (index > 0)
            {
                text.Append('\n');
            }

            text.Append(content.GetString());
            index++;
        }

        return new Parsed(text.ToString(), app, source);
    }

    private static string? OptionalString(JsonElement root, string name, out Invalid? error)
    {
        error = null;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            error = new Invalid(name, "must be a string");
            return null;
        }

        var s = value.GetString()!;
        if (name == "app" && (s.Length is 0 or > 128 || s.Any(char.IsControl)))
        {
            error = new Invalid(name, "must be 1 to 128 printable characters");
            return null;
        }

        return s;
    }
}
