using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AiSec.Testing.Fakes;

/// <summary>
/// The Resource Manager writes on Cognitive Services accounts and deployments, as documented for api-version 2025-06-01:
/// <c>GET</c> of one account or deployment; <c>PATCH</c> of an account (JSON merge of <c>properties</c>, with
/// publicNetworkAccess, networkAcls.defaultAction and disableLocalAuth validated); <c>POST listKeys</c> and
/// <c>regenerateKey</c> (refused while local authentication is disabled); <c>PUT</c>, <c>PATCH</c> and <c>DELETE</c> of a
/// deployment (a capacity below the model SKU's minimum of 1 is refused; deleting one that is not there answers 204).
/// With <see cref="PollsUntilSettled"/> above zero, writes answer 202 Accepted with Location and Azure-AsyncOperation
/// headers and the resource reads as Accepted / Deleting that many times before it settles as <see cref="SettlesAs"/>.
/// </summary>
public sealed partial class FakeArm
{
    private const string ApiRoot = "/providers/Microsoft.CognitiveServices/accounts";

    private readonly Lock _gate = new();
    private readonly ConcurrentQueue<string> _calls = new();
    private readonly Dictionary<string, (int Remaining, Action Settle)> _pending = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Key1, string Key2)> _keys = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>0: writes finish at once (200). More: they answer 202 and settle after this many reads of the resource.</summary>
    public int PollsUntilSettled { get; set; }

    /// <summary>The provisioning state a long-running write ends in: Succeeded, or Failed / Canceled.</summary>
    public string SettlesAs { get; set; } = "Succeeded";

    /// <summary>Every request as <c>METHOD /path</c>, in arrival order.</summary>
    public IReadOnlyCollection<string> Calls => _calls;

    public int Count(string method, string pathContains) =>
        _calls.Count(c => c.StartsWith(method + " ", StringComparison.Ordinal) && c.Contains(pathContains, StringComparison.OrdinalIgnoreCase));

    /// <summary>A copy of one account or deployment as Resource Manager would return it; null when there is none.</summary>
    public JsonObject? Resource(string id)
    {
        lock (_gate)
        {
            return (FindAccount(id) ?? FindDeployment(id))?.DeepClone() as JsonObject;
        }
    }

    /// <summary>The account's keys as listKeys returns them (tests compare them, the actions must never record them).</summary>
    public (string Key1, string Key2) Keys(string accountId)
    {
        lock (_gate)
        {
            return KeysOf(accountId);
        }
    }

    private async Task<bool> TryHandleResourceAsync(HttpContext context, string path)
    {
        var method = context.Request.Method;
        JsonObject? body = null;
        if (method is "PATCH" or "PUT" || (method == "POST" && context.Request.ContentLength > 0))
        {
            try
            {
                body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
            }
            catch (JsonException ex)
            {
                await ErrorAsync(context, 400, "InvalidRequestContent", "The request content was invalid and could not be deserialized: " + ex.Message);
                return true;
            }
        }

        Reply reply;
        lock (_gate)
        {
            reply = Handle(method, path, body);
        }

        if (reply.Status == 0)
        {
            return false;
        }

        context.Response.StatusCode = reply.Status;
        if (reply.Status == 202)
        {
            var operation = $"{Endpoint.GetLeftPart(UriPartial.Authority)}/subscriptions/{path.Split('/')[2]}/providers/Microsoft.CognitiveServices/locations/eastus/operationResults/{Guid.NewGuid()}?api-version=2025-06-01";
            context.Response.Headers.Location = operation;
            context.Response.Headers["Azure-AsyncOperation"] = operation;
        }

        if (reply.Error is { } error)
        {
            await ErrorAsync(context, reply.Status, error.Code, error.Message);
        }
        else if (reply.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body.ToJsonString());
        }

        return true;
    }

    private Reply Handle(string method, string path, JsonObject? body)
    {
        var account = FindAccount(path);
        var deployment = account is null ? FindDeployment(path) : null;
        switch (method)
        {
            case "GET" when account is not null || deployment is not null:
                Read(path);
                return (FindAccount(path) ?? FindDeployment(path)) is { } current
                    ? new(200, (JsonObject)current.DeepClone())
                    : Refuse(404, "ResourceNotFound", $"The Resource '{path}' was not found.");
            case "PATCH" when account is not null:
                return PatchAccount(path, account, body);
            case "POST" when path.EndsWith("/listKeys", StringComparison.OrdinalIgnoreCase) && FindAccount(path[..^"/listKeys".Length]) is { } owner:
                Read(owner["id"]!.ToString() + "/keys");
                return LocalAuthDisabled(owner) ? Refuse(400, "BadRequest", "Failed to list key. disableLocalAuth is set to be true") : KeysReply(owner);
            case "POST" when path.EndsWith("/regenerateKey", StringComparison.OrdinalIgnoreCase) && FindAccount(path[..^"/regenerateKey".Length]) is { } owner:
                return RegenerateKey(owner, body);
            case "PUT" when path.Contains("/deployments/", StringComparison.OrdinalIgnoreCase) && FindAccount(path[..path.LastIndexOf("/deployments/", StringComparison.OrdinalIgnoreCase)]) is not null:
                return PutDeployment(path, deployment, body);
            case "PATCH" when deployment is not null:
                return Capacity(body) is < 1 ? CapacityRefused(body) : Write(path, deployment, d => Merge(d, body!), "Accepted");
            case "DELETE" when deployment is not null:
                return DeleteDeployment(path, deployment);
            case "DELETE" when path.Contains("/deployments/", StringComparison.OrdinalIgnoreCase):
                return new(204, null);
            default:
                return method == "GET" ? new(0, null) : Refuse(404, "ResourceNotFound", $"The Resource '{path}' was not found.");
        }
    }

    private Reply PatchAccount(string id, JsonObject account, JsonObject? body)
    {
        var properties = body?["properties"] as JsonObject;
        if (body is null || (properties is null && body["tags"] is null && body["sku"] is null))
        {
            return Refuse(400, "InvalidRequestContent", "The request content has no properties, tags or sku to update.");
        }

        if (properties?["publicNetworkAccess"] is { } access && access.ToString() is not ("Enabled" or "Disabled"))
        {
            return Refuse(400, "InvalidRequestContent", $"publicNetworkAccess '{access}' is not one of Enabled, Disabled.");
        }

        if (properties?["networkAcls"]?["defaultAction"] is { } action && action.ToString() is not ("Allow" or "Deny"))
        {
            return Refuse(400, "InvalidRequestContent", $"networkAcls.defaultAction '{action}' is not one of Allow, Deny.");
        }

        if (properties?["disableLocalAuth"] is { } flag && flag.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            return Refuse(400, "InvalidRequestContent", "disableLocalAuth must be a boolean.");
        }

        return Write(id, account, a => Merge(a, body), "Accepted");
    }

    private Reply RegenerateKey(JsonObject account, JsonObject? body)
    {
        if (body?["keyName"]?.ToString() is not ("Key1" or "Key2") || body["keyName"] is not { } keyName)
        {
            return Refuse(400, "InvalidRequestContent", "keyName must be Key1 or Key2.");
        }

        if (LocalAuthDisabled(account))
        {
            return Refuse(400, "BadRequest", "Failed to regenerate key. disableLocalAuth is set to be true");
        }

        var id = account["id"]!.ToString();
        void Rotate()
        {
            var (key1, key2) = KeysOf(id);
            _keys[id] = keyName.ToString() == "Key1" ? (NewKey(), key2) : (key1, NewKey());
        }

        if (PollsUntilSettled == 0)
        {
            Rotate();
            return KeysReply(account);
        }

        _pending[id + "/keys"] = (PollsUntilSettled, Rotate);
        return new(202, null);
    }

    private Reply PutDeployment(string id, JsonObject? existing, JsonObject? body)
    {
        if (body?["properties"]?["model"] is not JsonObject || body["sku"] is not JsonObject)
        {
            return Refuse(400, "InvalidRequestContent", "A deployment needs sku and properties.model.");
        }

        if (Capacity(body) is < 1)
        {
            return CapacityRefused(body);
        }

        var accountId = id[..id.LastIndexOf("/deployments/", StringComparison.OrdinalIgnoreCase)];
        var created = (JsonObject)body.DeepClone();
        created["id"] = id;
        created["name"] = id[(id.LastIndexOf('/') + 1)..];
        created["type"] = "Microsoft.CognitiveServices/accounts/deployments";
        created["properties"]!["provisioningState"] = "Succeeded";
        var deployments = Children(accountId + "/deployments");
        deployments.RemoveAll(d => string.Equals(d["id"]!.ToString(), id, StringComparison.OrdinalIgnoreCase));
        deployments.Add(created);
        return new(existing is null ? 201 : 200, (JsonObject)created.DeepClone());
    }

    private Reply DeleteDeployment(string id, JsonObject deployment)
    {
        var accountId = id[..id.LastIndexOf("/deployments/", StringComparison.OrdinalIgnoreCase)];
        void Remove() => Children(accountId + "/deployments").Remove(deployment);
        if (PollsUntilSettled == 0)
        {
            Remove();
            return new(200, null);
        }

        deployment["properties"]!["provisioningState"] = "Deleting";
        _pending[id] = (PollsUntilSettled, () =>
        {
            if (SettlesAs == "Succeeded")
            {
                Remove();
            }
            else
            {
                deployment["properties"]!["provisioningState"] = SettlesAs;
            }
        });
        return new(202, null);
    }

    /// <summary>
    /// Applies a change at once (200 with the resource), or marks it running and settles it after some reads (202); a
    /// change that settles as Failed or Canceled leaves the resource as it was before, in that provisioning state.
    /// </summary>
    private Reply Write(string id, JsonObject resource, Action<JsonObject> change, string runningState)
    {
        var original = (JsonObject)resource.DeepClone();
        change(resource);
        if (PollsUntilSettled == 0)
        {
            resource["properties"]!["provisioningState"] = "Succeeded";
            return new(200, (JsonObject)resource.DeepClone());
        }

        resource["properties"]!["provisioningState"] = runningState;
        _pending[id] = (PollsUntilSettled, () =>
        {
            if (SettlesAs != "Succeeded")
            {
                resource.Clear();
                foreach (var (name, value) in original)
                {
                    resource[name] = value?.DeepClone();
                }
            }

            resource["properties"]!["provisioningState"] = SettlesAs;
        });
        return new(202, (JsonObject)resource.DeepClone());
    }

    /// <summary>A read of a resource with a running operation counts towards its settling.</summary>
    private void Read(string id)
    {
        if (_pending.TryGetValue(id, out var pending))
        {
            if (pending.Remaining <= 1)
            {
                _pending.Remove(id);
                pending.Settle();
            }
            else
            {
                _pending[id] = pending with { Remaining = pending.Remaining - 1 };
            }
        }
    }

    private JsonObject? FindAccount(string id)
    {
        var parts = id.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 8 || !id.Contains(ApiRoot + "/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return _children.TryGetValue($"/subscriptions/{parts[1]}{ApiRoot}", out var accounts)
            ? accounts.FirstOrDefault(a => string.Equals(a["id"]!.ToString(), id, StringComparison.OrdinalIgnoreCase))
            : null;
    }

    private JsonObject? FindDeployment(string id)
    {
        var at = id.LastIndexOf("/deployments/", StringComparison.OrdinalIgnoreCase);
        return at > 0 && _children.TryGetValue(id[..at] + "/deployments", out var deployments)
            ? deployments.FirstOrDefault(d => string.Equals(d["id"]!.ToString(), id, StringComparison.OrdinalIgnoreCase))
            : null;
    }

    private (string Key1, string Key2) KeysOf(string accountId)
    {
        if (!_keys.TryGetValue(accountId, out var keys))
        {
            keys = _keys[accountId] = (NewKey(), NewKey());
        }

        return keys;
    }

    private Reply KeysReply(JsonObject account)
    {
        var (key1, key2) = KeysOf(account["id"]!.ToString());
        return new(200, new JsonObject { ["key1"] = key1, ["key2"] = key2 });
    }

    private static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static bool LocalAuthDisabled(JsonObject account) => account["properties"]?["disableLocalAuth"] is JsonValue v && v.TryGetValue<bool>(out var disabled) && disabled;

    private static long? Capacity(JsonObject? body) => body?["sku"]?["capacity"] is JsonValue v && v.TryGetValue<long>(out var capacity) ? capacity : null;

    private static Reply CapacityRefused(JsonObject? body) =>
        Refuse(400, "InvalidCapacity", $"The specified capacity '{Capacity(body)}' is below the minimum capacity '1' of the model SKU.");

    private static Reply Refuse(int status, string code, string message) => new(status, null, (code, message));

    /// <summary>JSON merge patch (RFC 7396): objects merge, anything else replaces, null removes.</summary>
    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch)
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject inner && target[name] is JsonObject existing)
            {
                Merge(existing, inner);
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }
    }

    private sealed record Reply(int Status, JsonObject? Body, (string Code, string Message)? Error = null);
}
