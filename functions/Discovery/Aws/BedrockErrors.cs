using System.Text.Json;

namespace AiSec.Discovery.Aws;

/// <summary>Reads an AWS rest-json error response: the error type header, else the body's <c>__type</c>/<c>code</c>, and <c>message</c>.</summary>
public static class BedrockErrors
{
    /// <summary><c>x-amzn-ErrorType: AccessDeniedException:http://internal.amazon.com/coral/...</c> → <c>AccessDeniedException</c>.</summary>
    public static string? HeaderErrorType(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-amzn-ErrorType", out var values) && values.FirstOrDefault() is { Length: > 0 } value
            ? value.Split(':')[0]
            : null;

    public static async Task<BedrockRequestException> ReadAsync(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var code = HeaderErrorType(response);
        string? message = null;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                code ??= Text(json.RootElement, "__type")?.Split('#')[^1] ?? Text(json.RootElement, "code");
                message = Text(json.RootElement, "message") ?? Text(json.RootElement, "Message");
            }
        }
        catch (JsonException)
        {
            // Proxies and load balancers answer errors in HTML or plain text; the status code still says what happened.
            message = body.Length > 200 ? body[..200] : body;
        }

        var status = (int)response.StatusCode;
        var text = $"{operation}: HTTP {status} {code ?? response.ReasonPhrase}{(string.IsNullOrWhiteSpace(message) ? "" : ": " + message)}";
        return new BedrockRequestException(operation, response.StatusCode, code, text);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
