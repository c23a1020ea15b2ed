using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AiSec.Discovery.AzureArm;

/// <summary>
/// Reads Resource Manager collections: GET with an api-version, following <c>nextLink</c> until the last page.
/// Retries and authentication live in the pipeline; this class turns what is left into <see cref="ArmRequestException"/>.
/// </summary>
public sealed class ArmRestClient(HttpPipeline pipeline, Uri endpoint)
{
    /// <summary>Every item of the collection at <paramref name="path"/> (an ARM id path such as <c>/subscriptions</c>).</summary>
    public async IAsyncEnumerable<JsonObject> ListAsync(string path, string apiVersion, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Uri? next = new(endpoint, path.TrimStart('/') + "?api-version=" + Uri.EscapeDataString(apiVersion));
        var pages = 0;
        while (next is not null)
        {
            var page = await GetAsync(next, cancellationToken);
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

    private async Task<JsonObject> GetAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var message = pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Get;
        message.Request.Uri.Reset(uri);
        message.Request.Headers.Add(HttpHeader.Common.JsonAccept);
        try
        {
            await pipeline.SendAsync(message, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            throw new ArmRequestException($"GET {uri.AbsolutePath}: {ex.Message}", ex.Status, ex.ErrorCode, ex);
        }

        var response = message.Response;
        if (response.Status is < 200 or > 299)
        {
            var (code, text) = ErrorOf(response.Content);
            throw new ArmRequestException($"GET {uri.AbsolutePath} returned {response.Status} {code}: {text}", response.Status, code);
        }

        try
        {
            return JsonNode.Parse(response.Content.ToMemory().Span) as JsonObject
                ?? throw new ArmRequestException($"GET {uri.AbsolutePath}: the response is not a JSON object.", response.Status, "InvalidResponse");
        }
        catch (JsonException ex)
        {
            throw new ArmRequestException($"GET {uri.AbsolutePath}: the response is not valid JSON ({ex.Message}).", response.Status, "InvalidResponse", ex);
        }
    }

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
