using System.Buffers;
using AiSec.Guardrail.Detection;
using AiSec.Guardrail.Keys;
using AiSec.Guardrail.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AiSec.Guardrail.Http;

/// <summary>
/// POST /api/guardrail/check and /check-output, for both hosts. Every client mistake has its status and a
/// problem-details body: 415 (not JSON), 401 (no or bad x-api-key), 403 (key for another app), 413 (too large),
/// 400 (malformed JSON or a field at fault, named), 429 (rate limit, with Retry-After).
/// </summary>
public sealed class GuardrailHttpHandler(
    GuardrailService service,
    GuardrailState state,
    ApiKeyAuthenticator keys,
    AppRateLimiter rateLimiter,
    IOptions<GuardrailOptions> options)
{
    public const string ApiKeyHeader = ApiKeyAuthenticator.Header;
    public const string DefaultApp = "default";

    public Task<IResult> CheckAsync(HttpRequest request, CancellationToken cancellationToken) =>
        HandleAsync(request, output: false, cancellationToken);

    public Task<IResult> CheckOutputAsync(HttpRequest request, CancellationToken cancellationToken) =>
        HandleAsync(request, output: true, cancellationToken);

    private async Task<IResult> HandleAsync(HttpRequest request, bool output, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the body as JSON with Content-Type: application/json.");
        }

        var snapshot = state.Current;
        var caller = keys.Authenticate(request, snapshot);
        if (caller is null)
        {
            return Problem(StatusCodes.Status401Unauthorized, "Unauthorized", $"A valid API key is required in the {ApiKeyHeader} header ('aisec guard keys create --app NAME').");
        }

        var maxBytes = options.Value.MaxBodyBytes;
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var body = await ReadBodyAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(maxBytes);
        }

        switch (CheckRequest.Parse(body, allowMessages: !output))
        {
            case CheckRequest.Invalid invalid:
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { [invalid.Field] = [invalid.Message] },
                    detail: $"{invalid.Field}: {invalid.Message}",
                    title: "The request body is not valid");
            case CheckRequest.Parsed parsed:
                if (caller.App is not null && parsed.App is not null && !string.Equals(caller.App, parsed.App, StringComparison.OrdinalIgnoreCase))
                {
                    return Problem(StatusCodes.Status403Forbidden, "Forbidden", $"This API key belongs to app '{caller.App}', not '{parsed.App}'.");
                }

                var app = caller.App ?? parsed.App ?? DefaultApp;
                var policy = snapshot.PolicyFor(app);
                if (rateLimiter.TryAcquire(app, policy.RequestsPerSecond) is { } retryAfter)
                {
                    request.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return Problem(StatusCodes.Status429TooManyRequests, "Too many requests", $"App '{app}' is limited to {policy.RequestsPerSecond} requests per second.");
                }

                if (parsed.Text.Length > policy.MaxInputChars)
                {
                    return Problem(StatusCodes.Status413PayloadTooLarge, "Text too long", $"text has {parsed.Text.Length} characters; the policy allows {policy.MaxInputChars}.");
                }

                var verdict = output
                    ? await service.CheckOutputAsync(app, parsed.Text, caller.Actor, cancellationToken)
                    : await service.CheckAsync(new GuardrailInput(parsed.Text, app, parsed.Source), caller.Actor, cancellationToken);
                return TypedResults.Ok(verdict);
            default:
                throw new InvalidOperationException("unreachable");
        }
    }

    /// <summary>Reads at most <paramref name="maxBytes"/>; null when the body is larger.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(maxBytes + 1, 16 * 1024));
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(8 * 1024);
                var read = await request.Body.ReadAsync(memory, cancellationToken);
                if (read == 0)
                {
                    return buffer.WrittenSpan.ToArray();
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > maxBytes)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || (contentType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && contentType.Contains("+json", StringComparison.OrdinalIgnoreCase)));

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge(int maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", $"The body may be at most {maxBytes} bytes.");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
