using System.Text.Json;
using System.Text.Json.Serialization;
using AiSec.Guardrail.Keys;
using AiSec.Playbooks.Incidents;
using AiSec.Shared.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;

namespace AiSec.Playbooks.Http;

/// <summary>
/// <c>POST /api/incidents</c> (intake: a SIEM, a script, a person), <c>GET /api/incidents[?status=]</c> and
/// <c>GET /api/incidents/{id}</c>, for both hosts. Callers authenticate with a guardrail API key (<c>x-api-key</c>), or
/// as a principal signed in by App Service Authentication; incidents hold attack payloads and who was involved.
/// </summary>
public sealed class IncidentsHttpHandler(IncidentService incidents, ApiKeyAuthenticator keys)
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    public const string IdempotencyHeader = "Idempotency-Key";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public async Task<IResult> OpenAsync(HttpRequest request, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var caller = keys.Authenticate(request);
        if (caller is null && !ClientPrincipal.IsPresent(request))
        {
            return Unauthorized();
        }

        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: "Send the incident as JSON with Content-Type: application/json.");
        }

        IncidentBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<IncidentBody>(request.Body, Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Invalid(FieldOf(ex.Path), ex.Message.Split(" Path:")[0]);
        }

        if (body is null)
        {
            return Invalid("$", "the body is empty");
        }

        var actor = request.Headers.ContainsKey(Actor.PrincipalNameHeader) ? Actor.Http(request) : Actor.System("http:" + (caller?.App ?? caller?.Actor ?? "principal"));
        try
        {
            var result = await incidents.OpenAsync(body.ToRequest(request.Headers[IdempotencyHeader].ToString()), actor, durable, cancellationToken);
            var response = new OpenedIncident(result.Incident, result.Joined, result.Existing);
            return result.Joined || result.Existing
                ? TypedResults.Ok(response)
                : TypedResults.Created($"/api/incidents/{result.Incident.Id}", response);
        }
        catch (InvalidInputException ex)
        {
            return Invalid(ex.Field, ex.Message);
        }
    }

    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!Authorized(request))
        {
            return Unauthorized();
        }

        try
        {
            var status = request.Query["status"].ToString();
            return TypedResults.Ok(await incidents.ListAsync(string.IsNullOrEmpty(status) ? null : status, cancellationToken));
        }
        catch (InvalidInputException ex)
        {
            return Invalid(ex.Field, ex.Message);
        }
    }

    public async Task<IResult> GetAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (!Authorized(request))
        {
            return Unauthorized();
        }

        if (await incidents.GetAsync(id, cancellationToken) is not { } incident)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No incident '{id}'.");
        }

        return TypedResults.Ok(new IncidentWithTimeline(incident, await incidents.TimelineAsync(incident.Id, cancellationToken)));
    }

    private bool Authorized(HttpRequest request) => ClientPrincipal.IsPresent(request) || keys.Authenticate(request) is not null;

    private static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
            detail: $"Send a valid API key in the {ApiKeyAuthenticator.Header} header ('aisec guard keys create --app NAME'), or sign in.");

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: $"{field}: {message}", title: "The incident is not valid");

    private static string FieldOf(string? path) => string.IsNullOrEmpty(path) || path == "$" ? "$" : path.TrimStart('$', '.');

    /// <summary>The intake's JSON body; unknown fields are refused so a typo is not silently ignored.</summary>
    private sealed record IncidentBody(
        string Category,
        string Title,
        string? Severity = null,
        string? Description = null,
        IReadOnlyList<string>? Assets = null,
        string? Payload = null,
        IncidentSubjects? Subjects = null,
        DateTimeOffset? OccurredAt = null,
        string? SignalId = null,
        bool DryRun = false)
    {
        public OpenIncidentRequest ToRequest(string idempotencyKey) => new()
        {
            Category = Category ?? "",
            Title = Title ?? "",
            Severity = Severity,
            Description = Description,
            AffectedAssets = Assets ?? [],
            Payload = Payload,
            Subjects = Subjects ?? new(),
            OccurredAt = OccurredAt,
            SignalId = string.IsNullOrEmpty(SignalId) ? (string.IsNullOrEmpty(idempotencyKey) ? null : idempotencyKey) : SignalId,
            DryRun = DryRun,
        };
    }
}

/// <summary>The intake's answer: the incident, and whether the request joined an open one or repeated an earlier one.</summary>
public sealed record OpenedIncident(Incident Incident, bool Joined, bool Existing);

public sealed record IncidentWithTimeline(Incident Incident, IReadOnlyList<TimelineEntry> Timeline);
