using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AiSec.Discovery.AzureArm;

/// <summary>
/// Resource Manager over one pipeline: collections read with GET, following <c>nextLink</c> until the last page (Discovery),
/// one resource read, and the write verbs the playbooks' containment actions use (PATCH, PUT, POST, DELETE).
/// Retries and authentication live in the pipeline; this class turns what is left into <see cref="ArmRequestException"/>.
/// </summary>
public sealed class ArmRestClient(HttpPipeline pipeline, Uri endpoint)
{
    /// <summary>Every item of the collection at <paramref name="path"/> (an ARM id path such as <c>/subscriptions</c>).</summary>
    public async IAsyncEnumerable<JsonObject> ListAsync(string path, string apiVersion, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Uri? next = Address(path, apiVersion);
        var pages = 0;
        while (next is not null)
        {
            var page = (await SendAsync(RequestMethod.Get, next, null, cancellationToken)).Body
                ?? throw new ArmRequestException($"GET {next.AbsolutePath}: the response has no body.", 200, "InvalidResponse");
            if (page["value"] is not JsonArray items)
            {
                throw new ArmRequestException($"GET {next.AbsolutePath}: the response has no 'value' array.", 200, "InvalidResponse");
            }

            foreach (var item in items)
            {
                if (item is JsonObject resource)
                {
                    yield return resource;
                }
            }

            next = NextLink(page, next);
            if (++pages > 10_000)
            {
                throw new ArmRequestException($"GET {path}: more than 10,000 pages; the service keeps returning nextLink.", 200, "TooManyPages");
            }
        }
    }

    /// <summary>One resource by its id; null when it does not exist (404).</summary>
    public async Task<JsonObject?> GetResourceAsync(string id, string apiVersion, CancellationToken cancellationToken)
    {
        try
        {
            return (await SendAsync(RequestMethod.Get, Address(id, apiVersion), null, cancellationToken)).Body
                ?? throw new ArmRequestException($"GET {id}: the response has no body.", 200, "InvalidResponse");
        }
        catch (ArmRequestException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// A write (<c>PATCH</c>, <c>PUT</c>, <c>POST</c>, <c>DELETE</c>) on <paramref name="path"/>. Any 2xx is returned as it came,
    /// 202 Accepted included: the caller decides how to wait for a long-running operation.
    /// </summary>
    public Task<ArmResult> WriteAsync(RequestMethod method, string path, string apiVersion, JsonNode? body, CancellationToken cancellationToken) =>
        SendAsync(method, Address(path, apiVersion), body, cancellationToken);

    private Uri Address(string path, string apiVersion) => new(endpoint, path.TrimStart('/') + "?api-version=" + Uri.EscapeDataString(apiVersion));

    private async Task<ArmResult> SendAsync(RequestMethod method, Uri uri, JsonNode? body, CancellationToken cancellationToken)
    {
        using var message = pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(uri);
        message.Request.Headers.Add(HttpHeader.Common.JsonAccept);
        if (body is not null)
        {
            message.Request.Headers.Add(HttpHeader.Common.JsonContentType);
            message.Request.Content = RequestContent.Create(BinaryData.FromString(body.ToJsonString()));
        }

        var verb = $"{method} {uri.AbsolutePath}";
        try
        {
            await pipeline.SendAsync(message, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            throw new ArmRequestException($"{verb}: {ex.Message}", ex.Status, ex.ErrorCode, ex);
        }

        var response = message.Response;
        if (response.Status is < 200 or > 299)
        {
            var (code, text) = ErrorOf(response.Content);
            throw new ArmRequestException($"{verb} returned {response.Status} {code}: {text}", response.Status, code);
        }

        return new ArmResult(response.Status, ParseBody(verb, response), RetryAfter(response));
    }

    private static JsonObject? ParseBody(string verb, Response response)
    {
        if (response.Content.ToMemory().IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(response.Content.ToMemory().Span) as JsonObject
                ?? throw new ArmRequestException($"{verb}: the response is not a JSON object.", response.Status, "InvalidResponse");
        }
        catch (JsonException ex)
        {
            throw new ArmRequestException($"{verb}: the response is not valid JSON ({ex.Message}).", response.Status, "InvalidResponse", ex);
        }
    }

    /// <summary>ARM's <c>Retry-After</c> on a 202 is whole seconds: how long to wait before looking at the operation again.</summary>
    private static TimeSpan? RetryAfter(Response response) =>
        response.Headers.TryGetValue("Retry-After", out var value) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;

    /// <summary>The next page, only on the same host: a nextLink elsewhere would carry our token to a stranger.</summary>
    private Uri? NextLink(JsonObject page, Uri current)
    {
        if (page["nextLink"] is not JsonValue value || !value.TryGetValue<string>(out var link) || link.Length == 0)
        {
            return null;
        }

        if (!Uri.TryCreate(current, link, out var next) || !string.Equals(next.Authority, endpoint.Authority, StringComparison.OrdinalIgnoreCase) || next.Scheme != endpoint.Scheme)
        {
            throw new ArmRequestException($"GET {current.AbsolutePath}: nextLink points outside {endpoint.Authority}.", 200, "InvalidNextLink");
        }

        return next;
    }

    private static (string? Code, string Message) ErrorOf(BinaryData content)
    {
        try
        {
            if (JsonNode.Parse(content.ToMemory().Span)?["error"] is JsonObject error)
            {
                return (error["code"]?.ToString(), error["message"]?.ToString() ?? "");
            }
        }
        catch (JsonException)
        {
            // Not ARM's error shape (a proxy's HTML page, say): report the status alone.
        }

        return (null, "no error details");
    }
}
