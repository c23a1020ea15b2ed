using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace AiSec.Testing.Fakes;

/// <summary>
/// An in-process Amazon Bedrock control plane (and the two STS actions discovery uses) on 127.0.0.1, speaking the
/// documented rest-json wire format. One instance serves every region and account: the region comes from the
/// request's SigV4 credential scope and the account from its access key, as in AWS. Every request must carry a valid
/// SigV4 signature, recomputed here with the known secret; anything else gets 403 like the real service.
/// </summary>
public sealed class FakeBedrock : IAsyncDisposable
{
    public const string AccessKeyId = "AKIDEXAMPLE";
    public const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string AccountId = "111122223333";

    private static readonly XNamespace Sts = "https://sts.amazonaws.com/doc/2011-06-15/";

    private readonly ConcurrentDictionary<string, Principal> _principals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Account, string Region), FakeBedrockRegion> _regions = new();
    private readonly ConcurrentDictionary<string, bool> _allowedRoles = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeAwsRequest> _requests = new();
    private FakeHttpServer? _server;

    private FakeBedrock()
    {
        _principals[AccessKeyId] = new Principal(SecretAccessKey, AccountId, null, $"arn:aws:iam::{AccountId}:user/discovery");
    }

    /// <summary>The base URL for both Bedrock (<c>Discovery:Aws:ServiceUrl</c>) and STS (<c>StsServiceUrl</c>).</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Items per page of every list call (less if the client asks for fewer), small so paging is exercised.</summary>
    public int PageSize { get; set; } = 2;

    public IReadOnlyList<FakeAwsRequest> Requests => [.. _requests];

    public static async Task<FakeBedrock> StartAsync(CancellationToken cancellationToken = default)
    {
        var fake = new FakeBedrock();
        fake._server = await FakeHttpServer.StartAsync(fake.HandleAsync, cancellationToken);
        fake.Url = fake._server.Address;
        return fake;
    }

    /// <summary>The data of one account (default: <see cref="AccountId"/>) in one region; created empty on first use.</summary>
    public FakeBedrockRegion Region(string region, string? accountId = null) =>
        _regions.GetOrAdd((accountId ?? AccountId, region), key => new FakeBedrockRegion(key.Account, key.Region));

    /// <summary>Lets the default credentials assume <paramref name="roleArn"/>; any other role is denied.</summary>
    public void AllowRole(string roleArn) => _allowedRoles[roleArn] = true;

    /// <summary>The Bedrock requests for one region and (decoded) path, in arrival order.</summary>
    public IReadOnlyList<FakeAwsRequest> BedrockRequests(string region, string path) =>
        [.. _requests.Where(r => r.Service == "bedrock" && r.Region == region && Uri.UnescapeDataString(r.Path) == path)];

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var rawQuery = queryStart < 0 ? "" : rawTarget[(queryStart + 1)..];
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);
        var authorization = headers.GetValueOrDefault("authorization");
        var amzDate = headers.GetValueOrDefault("x-amz-date");
        var token = headers.GetValueOrDefault("x-amz-security-token");
        var parsed = SigV4Verifier.TryParse(authorization, out var auth);
        var principal = parsed ? _principals.GetValueOrDefault(auth.AccessKeyId) : null;
        var valid = parsed && principal is not null && IsValid(auth, principal, amzDate, token, request.Method, rawPath, rawQuery, headers, body);
        _requests.Enqueue(new FakeAwsRequest(
            request.Method, rawPath, rawQuery, authorization, amzDate, token, parsed ? auth.AccessKeyId : null,
            parsed ? auth.Service : null, parsed ? auth.Region : null, valid));

        var isSts = parsed && auth.Service == "sts";
        if (!parsed || amzDate is null)
        {
            await Error(context, 403, "MissingAuthenticationTokenException", "Missing Authentication Token");
        }
        else if (principal is null)
        {
            await (isSts
                ? StsError(context, 403, "InvalidClientTokenId", "The security token included in the request is invalid.")
                : Error(context, 403, "UnrecognizedClientException", "The security token included in the request is invalid."));
        }
        else if (!valid)
        {
            await (isSts
                ? StsError(context, 403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.")
                : Error(context, 403, "InvalidSignatureException", "The request signature we calculated does not match the signature you provided."));
        }
        else if (auth.Service == "sts" && request.Method == "POST")
        {
            await HandleStsAsync(context, Encoding.UTF8.GetString(body), principal);
        }
        else if (auth.Service == "bedrock" && request.Method == "GET")
        {
            await HandleBedrockAsync(context, Region(auth.Region, principal.AccountId), rawPath, rawQuery);
        }
        else
        {
            await Error(context, 404, "UnknownOperationException", null);
        }
    }

    private static bool IsValid(
        SigV4Verifier.Authorization auth, Principal principal, string? amzDate, string? token, string method, string rawPath, string rawQuery,
        IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        var payloadHash = headers.GetValueOrDefault("x-amz-content-sha256") ?? SigV4Verifier.PayloadHash(body);
        return amzDate is { Length: 16 } && amzDate.StartsWith(auth.Date, StringComparison.Ordinal)
            && auth.SignedHeaders.Contains("host") && auth.SignedHeaders.Contains("x-amz-date")
            && token == principal.SessionToken
            && (token is null || auth.SignedHeaders.Contains("x-amz-security-token"))
            && SigV4Verifier.Signature(principal.SecretAccessKey, auth, amzDate, method, rawPath, rawQuery, headers, payloadHash) == auth.Signature;
    }

    private async Task HandleBedrockAsync(HttpContext context, FakeBedrockRegion region, string rawPath, string rawQuery)
    {
        var path = Uri.UnescapeDataString(rawPath);
        var query = QueryHelpers.ParseQuery(rawQuery);
        var fault = region.TakeFault(path);
        switch (fault)
        {
            case FakeBedrockFault.Throttled or FakeBedrockFault.ThrottledForOneSecond:
                context.Response.Headers.RetryAfter = fault is FakeBedrockFault.Throttled ? "0" : "1";
                await Error(context, 429, "ThrottlingException", "Too many requests, please wait before trying again.");
                return;
            case FakeBedrockFault.ThrottledAs400:
                await Error(context, 400, "ThrottlingException", "Rate exceeded");
                return;
            case FakeBedrockFault.InternalError:
                await Error(context, 500, "InternalServerException", "An internal server error occurred. Retry your request.");
                return;
            case FakeBedrockFault.Unavailable:
                await Error(context, 503, "ServiceUnavailableException", "Service unavailable.");
                return;
            case FakeBedrockFault.BadGateway or FakeBedrockFault.GatewayTimeout:
                context.Response.StatusCode = fault is FakeBedrockFault.BadGateway ? 502 : 504;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync("<html><body>Gateway error</body></html>");
                return;
            case FakeBedrockFault.AccessDenied:
                await Error(context, 403, "AccessDeniedException", $"User: arn:aws:iam::{region.AccountId}:user/discovery is not authorized to perform: bedrock:List* on {path}");
                return;
            case FakeBedrockFault.MalformedJson:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"modelSummaries\": [{\"modelArn\": \"arn:aws:bedrock");
                return;
            case FakeBedrockFault.Drop:
                context.Abort();
                return;
        }

        var segments = path.Trim('/').Split('/', 2);
        JsonNode? answer = (segments[0], segments.Length > 1 ? segments[1] : null) switch
        {
            ("custom-models", null) => Page(region.CustomModels, "modelSummaries", query),
            ("custom-models", var arn) => region.CustomModelDetails.GetValueOrDefault(arn)?.DeepClone(),
            ("imported-models", null) => Page(region.ImportedModels, "modelSummaries", query),
            ("imported-models", var arn) => region.ImportedModelDetails.GetValueOrDefault(arn)?.DeepClone(),
            ("provisioned-model-throughputs", null) => Page(region.ProvisionedThroughputs, "provisionedModelSummaries", query),
            ("guardrails", null) => Page(region.Guardrails, "guardrails", query),
            ("guardrails", var id) => region.GuardrailDetails.GetValueOrDefault(id)?.DeepClone(),
            ("logging", "modelinvocations") => region.LoggingConfig is { } config ? new JsonObject { ["loggingConfig"] = config.DeepClone() } : new JsonObject(),
            _ => null,
        };

        if (answer is null)
        {
            await Error(context, 404, "ResourceNotFoundException", $"{path} not found");
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString());
    }

    private JsonObject Page(List<JsonObject> items, string listName, Dictionary<string, Microsoft.Extensions.Primitives.StringValues> query)
    {
        var size = Math.Min(PageSize, query.TryGetValue("maxResults", out var max) ? int.Parse(max.ToString(), CultureInfo.InvariantCulture) : int.MaxValue);
        // Opaque tokens with '+', '/' and '=' like real ones, so a client that does not encode them breaks its signature.
        var offset = query.TryGetValue("nextToken", out var next) ? int.Parse(next.ToString()["page+".Length..^2], CultureInfo.InvariantCulture) : 0;
        var page = new JsonObject { [listName] = new JsonArray([.. items.Skip(offset).Take(size).Select(i => i.DeepClone())]) };
        if (offset + size < items.Count)
        {
            page["nextToken"] = $"page+{offset + size}/=";
        }

        return page;
    }

    private async Task HandleStsAsync(HttpContext context, string form, Principal caller)
    {
        var parameters = QueryHelpers.ParseQuery(form);
        var action = parameters.GetValueOrDefault("Action").ToString();
        if (action == "GetCallerIdentity")
        {
            await Xml(context, 200, new XElement(Sts + "GetCallerIdentityResponse",
                new XElement(Sts + "GetCallerIdentityResult",
                    new XElement(Sts + "Arn", caller.Arn),
                    new XElement(Sts + "UserId", "AIDAEXAMPLEUSERID"),
                    new XElement(Sts + "Account", caller.AccountId)),
                Metadata()));
            return;
        }

        var roleArn = parameters.GetValueOrDefault("RoleArn").ToString();
        if (action != "AssumeRole" || !_allowedRoles.ContainsKey(roleArn))
        {
            await StsError(context, 403, "AccessDenied", $"User: {caller.Arn} is not authorized to perform: sts:{action} on resource: {roleArn}");
            return;
        }

        var account = roleArn.Split(':')[4];
        var issued = new Principal(Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)), account, Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)), $"arn:aws:sts::{account}:assumed-role/{roleArn.Split('/')[^1]}/{parameters.GetValueOrDefault("RoleSessionName")}");
        var keyId = "ASIA" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        _principals[keyId] = issued;
        await Xml(context, 200, new XElement(Sts + "AssumeRoleResponse",
            new XElement(Sts + "AssumeRoleResult",
                new XElement(Sts + "AssumedRoleUser", new XElement(Sts + "Arn", issued.Arn), new XElement(Sts + "AssumedRoleId", "AROAEXAMPLE:" + parameters.GetValueOrDefault("RoleSessionName"))),
                new XElement(Sts + "Credentials",
                    new XElement(Sts + "AccessKeyId", keyId),
                    new XElement(Sts + "SecretAccessKey", issued.SecretAccessKey),
                    new XElement(Sts + "SessionToken", issued.SessionToken),
                    new XElement(Sts + "Expiration", DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)))),
            Metadata()));
    }

    /// <summary>An STS (awsQuery) error: XML with the code in <c>Error/Code</c>.</summary>
    private static Task StsError(HttpContext context, int status, string code, string message) =>
        Xml(context, status, new XElement(Sts + "ErrorResponse",
            new XElement(Sts + "Error", new XElement(Sts + "Type", "Sender"), new XElement(Sts + "Code", code), new XElement(Sts + "Message", message)),
            new XElement(Sts + "RequestId", Guid.NewGuid())));

    private static XElement Metadata() => new(Sts + "ResponseMetadata", new XElement(Sts + "RequestId", Guid.NewGuid()));

    private static async Task Xml(HttpContext context, int status, XElement document)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml";
        await context.Response.WriteAsync(document.ToString(SaveOptions.DisableFormatting));
    }

    /// <summary>A rest-json error: the type in <c>x-amzn-ErrorType</c> and a <c>message</c> body.</summary>
    private static async Task Error(HttpContext context, int status, string type, string? message)
    {
        context.Response.StatusCode = status;
        context.Response.Headers["x-amzn-ErrorType"] = type + ":http://internal.amazon.com/coral/com.amazon.bedrock/";
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject { ["message"] = message }.ToJsonString());
    }

    private sealed record Principal(string SecretAccessKey, string AccountId, string? SessionToken, string Arn);
}
