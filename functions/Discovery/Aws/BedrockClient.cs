using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly;

namespace AiSec.Discovery.Aws;

/// <summary>
/// The few Bedrock control-plane reads discovery needs, over HttpClient: each request SigV4-signed (service
/// <c>bedrock</c>), list calls paged with <c>maxResults</c>/<c>nextToken</c>, throttling and server errors retried.
/// A body that is not the documented JSON raises <see cref="BedrockRequestException"/>, like an error response.
/// </summary>
public sealed class BedrockClient
{
    public const string HttpClientName = "AiSec.Discovery.Bedrock";
    public const string SigningService = "bedrock";

    /// <summary>Bounds paging if a server kept returning tokens; far above any real account's inventory.</summary>
    private const int MaxPages = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // A summary without its ARN or name is as unusable as broken JSON: reject it rather than store nulls.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly AwsDiscoveryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;

    public BedrockClient(IHttpClientFactory httpClientFactory, IOptions<AwsDiscoveryOptions> options, TimeProvider timeProvider)
    {
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
        _timeProvider = timeProvider;
        _retry = BedrockRetryPipeline.Create(_options, timeProvider);
    }

    public Task<IReadOnlyList<CustomModelSummary>> ListCustomModelsAsync(BedrockTarget target, CancellationToken cancellationToken) =>
        ListAsync<CustomModelSummary>(target, "/custom-models", "modelSummaries", cancellationToken);

    public Task<IReadOnlyList<ImportedModelSummary>> ListImportedModelsAsync(BedrockTarget target, CancellationToken cancellationToken) =>
        ListAsync<ImportedModelSummary>(target, "/imported-models", "modelSummaries", cancellationToken);

    public Task<IReadOnlyList<ProvisionedModelSummary>> ListProvisionedModelThroughputsAsync(BedrockTarget target, CancellationToken cancellationToken) =>
        ListAsync<ProvisionedModelSummary>(target, "/provisioned-model-throughputs", "provisionedModelSummaries", cancellationToken);

    public Task<ModelDetail> GetCustomModelAsync(BedrockTarget target, string modelArn, CancellationToken cancellationToken) =>
        GetDetailAsync<ModelDetail>(target, "/custom-models/{modelIdentifier}", "{modelIdentifier}", modelArn, [], cancellationToken);

    public Task<ModelDetail> GetImportedModelAsync(BedrockTarget target, string modelArn, CancellationToken cancellationToken) =>
        GetDetailAsync<ModelDetail>(target, "/imported-models/{modelIdentifier}", "{modelIdentifier}", modelArn, [], cancellationToken);

    /// <summary>The DRAFT of every guardrail (ListGuardrails without an identifier lists drafts only).</summary>
    public Task<IReadOnlyList<GuardrailSummary>> ListGuardrailsAsync(BedrockTarget target, CancellationToken cancellationToken) =>
        ListAsync<GuardrailSummary>(target, "/guardrails", "guardrails", cancellationToken);

    public Task<GuardrailDetail> GetGuardrailAsync(BedrockTarget target, string guardrailId, string? version, CancellationToken cancellationToken) =>
        GetDetailAsync<GuardrailDetail>(
            target, "/guardrails/{guardrailIdentifier}", "{guardrailIdentifier}", guardrailId,
            version is { Length: > 0 } ? [new("guardrailVersion", version)] : [], cancellationToken);

    /// <summary>The region's model invocation logging, or null when it is not configured.</summary>
    public Task<LoggingConfig?> GetModelInvocationLoggingAsync(BedrockTarget target, CancellationToken cancellationToken) =>
        GetAsync(
            target,
            "/logging/modelinvocations",
            null,
            [],
            root => root.ValueKind == JsonValueKind.Object
                ? root.Deserialize<ModelInvocationLoggingConfiguration>(Json)?.LoggingConfig
                : throw new JsonException($"Expected an object, got {root.ValueKind}."),
            cancellationToken);

    private Task<T> GetDetailAsync<T>(
        BedrockTarget target, string path, string placeholder, string identifier, IReadOnlyList<KeyValuePair<string, string>> query, CancellationToken cancellationToken) =>
        GetAsync(
            target,
            path,
            new Dictionary<string, string> { [placeholder] = identifier },
            query,
            root => root.ValueKind == JsonValueKind.Object
                ? root.Deserialize<T>(Json)!
                : throw new JsonException($"Expected an object, got {root.ValueKind}."),
            cancellationToken);

    private async Task<IReadOnlyList<T>> ListAsync<T>(BedrockTarget target, string path, string listName, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        string? token = null;
        for (var page = 0; page < MaxPages; page++)
        {
            List<KeyValuePair<string, string>> query = [new("maxResults", _options.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture))];
            if (token is not null)
            {
                query.Add(new("nextToken", token));
            }

            var (pageItems, next) = await GetAsync(target, path, null, query, root => ReadPage<T>(root, listName), cancellationToken);
            items.AddRange(pageItems);
            if (string.IsNullOrEmpty(next))
            {
                return items;
            }

            if (next == token)
            {
                throw new BedrockRequestException($"GET {path}", System.Net.HttpStatusCode.OK, "PagingError", $"GET {path}: the server returned the same nextToken twice.");
            }

            token = next;
        }

        throw new BedrockRequestException($"GET {path}", System.Net.HttpStatusCode.OK, "PagingError", $"GET {path}: more than {MaxPages} pages.");
    }

    private static (IReadOnlyList<T> Items, string? NextToken) ReadPage<T>(JsonElement root, string listName)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"Expected an object, got {root.ValueKind}.");
        }

        var items = root.TryGetProperty(listName, out var list) && list.ValueKind != JsonValueKind.Null
            ? list.Deserialize<List<T>>(Json) ?? []
            : [];
        var next = root.TryGetProperty("nextToken", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString() : null;
        return (items, next);
    }

    private async Task<T> GetAsync<T>(
        BedrockTarget target,
        string path,
        IDictionary<string, string>? pathValues,
        IReadOnlyList<KeyValuePair<string, string>> query,
        Func<JsonElement, T> read,
        CancellationToken cancellationToken)
    {
        var operation = "GET " + path;
        var http = _httpClientFactory.CreateClient(HttpClientName);
        using var response = await _retry.ExecuteAsync(
            async token =>
            {
                // Signed per attempt: a retried request needs a current x-amz-date, and refreshed credentials if they rotated.
                var credentials = await target.Credentials.GetCredentialsAsync();
                using var request = SigV4Signer.CreateSigned(
                    HttpMethod.Get, target.Endpoint, path, pathValues, query, credentials, target.Region, SigningService, _timeProvider.GetUtcNow());
                return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token);
            },
            cancellationToken);

        if (!response.IsSuccessStatusCode)
        {
            throw await BedrockErrors.ReadAsync(operation, response, cancellationToken);
        }

        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            return read(json.RootElement);
        }
        catch (JsonException ex)
        {
            throw new BedrockRequestException(
                operation, response.StatusCode, "MalformedResponse", $"{operation}: the response is not the documented JSON ({ex.Message})", ex);
        }
    }
}
