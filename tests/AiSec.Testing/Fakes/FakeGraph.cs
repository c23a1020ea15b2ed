using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AiSec.Testing.Fakes;

/// <summary>
/// Microsoft Graph v1.0 as the identity actions see it, speaking its documented wire format: <c>POST
/// /users/{id}/revokeSignInSessions</c> answers <c>{"@odata.context": ..., "value": true}</c>; <c>GET</c> and <c>PATCH
/// /servicePrincipals/{id}</c> (PATCH answers 204 No Content); Graph's error body (<c>{"error": {"code", "message",
/// "innerError"}}</c>) with <c>Request_ResourceNotFound</c> for unknown ids; a required bearer token; and injected faults
/// (<see cref="FakeFault"/>: 429 with Retry-After, 5xx, on one path and method, a number of times). For Teams approvals:
/// <c>POST /users/{id}/checkMemberGroups</c>, <c>GET /groups/{id}/transitiveMembers/microsoft.graph.user</c> and
/// <c>POST /teamwork/sendActivityNotificationToRecipients</c>.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    public const string Token = "fake-graph-token";

    private readonly ConcurrentDictionary<string, byte> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, JsonObject> _principals = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _revoked = new();
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentDictionary<string, HashSet<string>> _groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<JsonObject> _activities = new();
    private FakeHttpServer? _server;

    /// <summary>The version root to configure as <c>Playbooks:Graph:BaseUrl</c>.</summary>
    public Uri BaseUrl => new(_server?.Address ?? throw new InvalidOperationException("Start the fake first."), "v1.0/");

    /// <summary>Every request as <c>METHOD /path</c> (below the version root), in arrival order.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    /// <summary>Users whose sessions were revoked, once per successful call.</summary>
    public IReadOnlyCollection<string> Revoked => _revoked;

    public static async Task<FakeGraph> StartAsync(CancellationToken cancellationToken = default)
    {
        var fake = new FakeGraph();
        fake._server = await FakeHttpServer.StartAsync(fake.HandleAsync, cancellationToken);
        return fake;
    }

    public void AddUser(string idOrUserPrincipalName) => _users[idOrUserPrincipalName] = 0;

    /// <summary>A security group with these (transitive) members, by user object id.</summary>
    public void AddGroup(string groupId, params string[] memberIds)
    {
        foreach (var member in memberIds)
        {
            AddUser(member);
        }

        _groups[groupId] = new HashSet<string>(memberIds, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Bodies of <c>POST /teamwork/sendActivityNotificationToRecipients</c> that were accepted.</summary>
    public IReadOnlyCollection<JsonObject> Activities => _activities;

    public string AddServicePrincipal(string id, string displayName, bool accountEnabled = true)
    {
        _principals[id] = new JsonObject
        {
            ["id"] = id,
            ["appId"] = Guid.NewGuid().ToString(),
            ["displayName"] = displayName,
            ["servicePrincipalType"] = "Application",
            ["accountEnabled"] = accountEnabled,
            ["appOwnerOrganizationId"] = "00000000-0000-0000-0000-0000000000aa",
        };
        return id;
    }

    public bool? AccountEnabled(string servicePrincipalId) =>
        _principals.TryGetValue(servicePrincipalId, out var principal) ? (bool?)principal["accountEnabled"] : null;

    public void Inject(FakeFault fault) => _faults.Enqueue(fault);

    public int Count(string method, string pathContains) =>
        _requests.Count(r => r.StartsWith(method + " ", StringComparison.Ordinal) && r.Contains(pathContains, StringComparison.OrdinalIgnoreCase));

    private async Task HandleAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith("/v1.0/", StringComparison.Ordinal))
        {
            await ErrorAsync(context, 400, "BadRequest", $"Invalid version: {path}");
            return;
        }

        path = path["/v1.0".Length..].TrimEnd('/');
        _requests.Enqueue($"{method} {path}");
        if (context.Request.Headers.Authorization != "Bearer " + Token)
        {
            await ErrorAsync(context, 401, "InvalidAuthenticationToken", "Access token is empty.");
            return;
        }

        foreach (var fault in _faults)
        {
            if (fault.Fires(path, method))
            {
                context.Response.StatusCode = fault.Status;
                if (fault.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = fault.RetryAfter;
                }

                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(fault.Body ?? Error(fault.Status == 429 ? "TooManyRequests" : "InjectedFailure", "injected failure").ToJsonString());
                return;
            }
        }

        switch (path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            case ["users", var user, "revokeSignInSessions"] when method == "POST":
                await RevokeAsync(context, Uri.UnescapeDataString(user));
                return;
            case ["users", var user, "checkMemberGroups"] when method == "POST":
                await CheckMemberGroupsAsync(context, Uri.UnescapeDataString(user));
                return;
            // The SDK casts with Graph's namespace alias (graph.user); the documentation spells it out (microsoft.graph.user).
            case ["groups", var group, "transitiveMembers", "microsoft.graph.user" or "graph.user"] when method == "GET":
                await TransitiveMembersAsync(context, Uri.UnescapeDataString(group));
                return;
            case ["teamwork", "sendActivityNotificationToRecipients"] when method == "POST":
                await SendActivityAsync(context);
                return;
            case ["servicePrincipals", var id] when method == "GET":
                await GetPrincipalAsync(context, Uri.UnescapeDataString(id));
                return;
            case ["servicePrincipals", var id] when method == "PATCH":
                await PatchPrincipalAsync(context, Uri.UnescapeDataString(id));
                return;
            default:
                await ErrorAsync(context, 400, "BadRequest", $"Resource not found for the segment '{path}'.");
                return;
        }
    }

    private async Task RevokeAsync(HttpContext context, string user)
    {
        if (!_users.ContainsKey(user))
        {
            await NotFoundAsync(context, user);
            return;
        }

        _revoked.Enqueue(user);
        await JsonAsync(context, 200, new JsonObject { ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#Edm.Boolean", ["value"] = true });
    }

    /// <summary><c>{"groupIds": [...]}</c> → <c>{"value": [the ones the user is a member of]}</c>.</summary>
    private async Task CheckMemberGroupsAsync(HttpContext context, string user)
    {
        if (!_users.ContainsKey(user))
        {
            await NotFoundAsync(context, user);
            return;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        if (body?["groupIds"] is not JsonArray ids || ids.Count is 0 or > 20)
        {
            await ErrorAsync(context, 400, "Request_BadRequest", "groupIds must hold 1 to 20 group ids.");
            return;
        }

        var member = ids.Select(i => i?.GetValue<string>() ?? "").Where(g => _groups.TryGetValue(g, out var members) && members.Contains(user)).ToList();
        await JsonAsync(context, 200, new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#Collection(Edm.String)",
            ["value"] = new JsonArray([.. member.Select(g => JsonValue.Create(g))]),
        });
    }

    private async Task TransitiveMembersAsync(HttpContext context, string group)
    {
        if (!_groups.TryGetValue(group, out var members))
        {
            await NotFoundAsync(context, group);
            return;
        }

        await JsonAsync(context, 200, new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users(id)",
            ["value"] = new JsonArray([.. members.Select(m => new JsonObject { ["@odata.type"] = "#microsoft.graph.user", ["id"] = m })]),
        });
    }

    /// <summary>Checks the documented body (topic, activityType, previewText, recipients) and answers 204 No Content.</summary>
    private async Task SendActivityAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        if (body?["topic"]?["source"]?.GetValue<string>() is not ("text" or "entityUrl") || body["activityType"] is null
            || body["previewText"]?["content"] is null || body["recipients"] is not JsonArray { Count: > 0 } recipients
            || recipients.Any(r => r?["@odata.type"]?.GetValue<string>().TrimStart('#') != "microsoft.graph.aadUserNotificationRecipient" || r["userId"] is null))
        {
            await ErrorAsync(context, 400, "BadRequest", "Invalid activity notification.");
            return;
        }

        _activities.Enqueue(body);
        context.Response.StatusCode = 204;
    }

    private async Task GetPrincipalAsync(HttpContext context, string id)
    {
        if (!_principals.TryGetValue(id, out var principal))
        {
            await NotFoundAsync(context, id);
            return;
        }

        var select = context.Request.Query["$select"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        var body = new JsonObject { ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals/$entity" };
        lock (principal)
        {
            foreach (var (name, value) in principal)
            {
                if (select.Length == 0 || select.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    body[name] = value?.DeepClone();
                }
            }
        }

        await JsonAsync(context, 200, body);
    }

    private async Task PatchPrincipalAsync(HttpContext context, string id)
    {
        if (!_principals.TryGetValue(id, out var principal))
        {
            await NotFoundAsync(context, id);
            return;
        }

        JsonObject? patch;
        try
        {
            patch = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        }
        catch (JsonException ex)
        {
            await ErrorAsync(context, 400, "BadRequest", "Unable to read JSON request payload: " + ex.Message);
            return;
        }

        if (patch is null || patch["accountEnabled"] is not JsonValue enabled || !enabled.TryGetValue<bool>(out var accountEnabled))
        {
            await ErrorAsync(context, 400, "Request_BadRequest", "Invalid value specified for property 'accountEnabled' of resource 'ServicePrincipal'.");
            return;
        }

        lock (principal)
        {
            principal["accountEnabled"] = accountEnabled;
        }

        context.Response.StatusCode = 204;
    }

    private static Task NotFoundAsync(HttpContext context, string id) =>
        ErrorAsync(context, 404, "Request_ResourceNotFound", $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.");

    private static Task ErrorAsync(HttpContext context, int status, string code, string message) => JsonAsync(context, status, Error(code, message));

    private static JsonObject Error(string code, string message) => new()
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject { ["date"] = TimeProvider.System.GetUtcNow().ToString("s", CultureInfo.InvariantCulture), ["request-id"] = Guid.NewGuid().ToString(), ["client-request-id"] = Guid.NewGuid().ToString() },
        },
    };

    private static async Task JsonAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
