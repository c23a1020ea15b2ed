using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AiSec.Testing.Fakes;

/// <summary>
/// Azure Resource Manager as our collector sees it, speaking its documented wire format: <c>{"value":[...],
/// "nextLink":...}</c> collections paged with <c>$skiptoken</c>, ARM error bodies, a required api-version and bearer
/// token, plus injected faults (429 with Retry-After, 5xx, 403 on a subscription, malformed JSON). The write verbs the
/// containment actions use are in FakeArm.Writes.cs.
/// </summary>
public sealed partial class FakeArm : IAsyncDisposable
{
    public const string Token = "fake-arm-token";

    private readonly ConcurrentDictionary<string, Subscription> _subscriptions = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, List<JsonObject>> _children = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly HashSet<string> _forbidden = new(StringComparer.OrdinalIgnoreCase);
    private FakeHttpServer? _server;

    public Uri Endpoint => _server?.Address ?? throw new InvalidOperationException("Start the fake first.");

    /// <summary>Items per page; small values force several pages.</summary>
    public int PageSize { get; set; } = 100;

    public IReadOnlyCollection<string> Requests => _requests;

    public static async Task<FakeArm> StartAsync(CancellationToken cancellationToken = default)
    {
        var fake = new FakeArm();
        fake._server = await FakeHttpServer.StartAsync(fake.HandleAsync, cancellationToken);
        return fake;
    }

    public void AddSubscription(string subscriptionId, string state = "Enabled") =>
        _subscriptions.TryAdd(subscriptionId, new Subscription(subscriptionId, state));

    public void Forbid(string subscriptionId)
    {
        lock (_forbidden)
        {
            _forbidden.Add(subscriptionId);
        }
    }

    public void Inject(FakeFault fault) => _faults.Enqueue(fault);

    public string AddAccount(string subscriptionId, string name, string kind = "OpenAI", string location = "eastus", Action<JsonObject>? customize = null)
    {
        AddSubscription(subscriptionId);
        var id = $"/subscriptions/{subscriptionId}/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/{name}";
        var account = new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["type"] = "Microsoft.CognitiveServices/accounts",
            ["kind"] = kind,
            ["location"] = location,
            ["sku"] = new JsonObject { ["name"] = "S0" },
            ["tags"] = new JsonObject(),
            ["properties"] = new JsonObject
            {
                ["endpoint"] = $"https://{name}.openai.azure.com/",
                ["provisioningState"] = "Succeeded",
                ["publicNetworkAccess"] = "Enabled",
                ["networkAcls"] = new JsonObject { ["defaultAction"] = "Allow", ["ipRules"] = new JsonArray(), ["virtualNetworkRules"] = new JsonArray() },
                ["privateEndpointConnections"] = new JsonArray(),
                ["disableLocalAuth"] = false,
            },
        };
        customize?.Invoke(account);
        Children($"/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/accounts").Add(account);
        return id;
    }

    public void UpdateAccount(string accountId, Action<JsonObject> change)
    {
        var subscription = accountId.Split('/', StringSplitOptions.RemoveEmptyEntries)[1];
        change(Children($"/subscriptions/{subscription}/providers/Microsoft.CognitiveServices/accounts")
            .Single(a => string.Equals(a["id"]!.ToString(), accountId, StringComparison.OrdinalIgnoreCase)));
    }

    public string AddDeployment(string accountId, string name, string model, string version, string sku = "Standard", int capacity = 10, string? raiPolicyName = "Microsoft.DefaultV2")
    {
        var id = accountId + "/deployments/" + name;
        Children(accountId + "/deployments").Add(new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["type"] = "Microsoft.CognitiveServices/accounts/deployments",
            ["sku"] = new JsonObject { ["name"] = sku, ["capacity"] = capacity },
            ["properties"] = new JsonObject
            {
                ["model"] = new JsonObject { ["format"] = "OpenAI", ["name"] = model, ["version"] = version },
                ["raiPolicyName"] = raiPolicyName,
                ["provisioningState"] = "Succeeded",
                ["versionUpgradeOption"] = "OnceNewDefaultVersionAvailable",
            },
        });
        return id;
    }

    /// <summary>Replaces a deployment's JSON in place (a model upgrade, a removed content filter...).</summary>
    public void UpdateDeployment(string deploymentId, Action<JsonObject> change)
    {
        var accountId = deploymentId[..deploymentId.LastIndexOf("/deployments/", StringComparison.OrdinalIgnoreCase)];
        change(Children(accountId + "/deployments").Single(d => string.Equals(d["id"]!.ToString(), deploymentId, StringComparison.OrdinalIgnoreCase)));
    }

    public void RemoveDeployment(string deploymentId)
    {
        var accountId = deploymentId[..deploymentId.LastIndexOf("/deployments/", StringComparison.OrdinalIgnoreCase)];
        Children(accountId + "/deployments").RemoveAll(d => string.Equals(d["id"]!.ToString(), deploymentId, StringComparison.OrdinalIgnoreCase));
    }

    public string AddRaiPolicy(string accountId, string name, bool jailbreakShield, bool indirectAttackShield = false, string type = "UserManaged")
    {
        var id = accountId + "/raiPolicies/" + name;
        Children(accountId + "/raiPolicies").Add(new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["type"] = "Microsoft.CognitiveServices/accounts/raiPolicies",
            ["properties"] = new JsonObject
            {
                ["type"] = type,
                ["mode"] = "Blocking",
                ["basePolicyName"] = "Microsoft.DefaultV2",
                ["contentFilters"] = new JsonArray(
                    new JsonObject { ["name"] = "Hate", ["severityThreshold"] = "Medium", ["blocking"] = true, ["enabled"] = true, ["source"] = "Prompt" },
                    new JsonObject { ["name"] = "Jailbreak", ["blocking"] = true, ["enabled"] = jailbreakShield, ["source"] = "Prompt" },
                    new JsonObject { ["name"] = "Indirect Attack", ["blocking"] = true, ["enabled"] = indirectAttackShield, ["source"] = "Prompt" }),
            },
        });
        return id;
    }

    public string AddWorkspace(string subscriptionId, string name, string kind = "Project", string publicNetworkAccess = "Enabled")
    {
        AddSubscription(subscriptionId);
        var id = $"/subscriptions/{subscriptionId}/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/{name}";
        Children($"/subscriptions/{subscriptionId}/providers/Microsoft.MachineLearningServices/workspaces").Add(new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["type"] = "Microsoft.MachineLearningServices/workspaces",
            ["kind"] = kind,
            ["location"] = "westeurope",
            ["properties"] = new JsonObject { ["publicNetworkAccess"] = publicNetworkAccess, ["privateEndpointConnections"] = new JsonArray() },
        });
        return id;
    }

    public string AddOnlineEndpoint(string workspaceId, string name, string authMode = "Key", string publicNetworkAccess = "Enabled")
    {
        var id = workspaceId + "/onlineEndpoints/" + name;
        Children(workspaceId + "/onlineEndpoints").Add(new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["type"] = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints",
            ["location"] = "westeurope",
            ["kind"] = "Managed",
            ["properties"] = new JsonObject
            {
                ["authMode"] = authMode,
                ["publicNetworkAccess"] = publicNetworkAccess,
                ["scoringUri"] = $"https://{name}.westeurope.inference.ml.azure.com/score",
                ["provisioningState"] = "Succeeded",
                ["traffic"] = new JsonObject { ["blue"] = 100 },
            },
        });
        return id;
    }

    public string AddServerlessEndpoint(string workspaceId, string name, string modelId, string contentSafety = "Enabled")
    {
        var id = workspaceId + "/serverlessEndpoints/" + name;
        Children(workspaceId + "/serverlessEndpoints").Add(new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["type"] = "Microsoft.MachineLearningServices/workspaces/serverlessEndpoints",
            ["location"] = "westeurope",
            ["sku"] = new JsonObject { ["name"] = "Consumption" },
            ["properties"] = new JsonObject
            {
                ["authMode"] = "Key",
                ["modelSettings"] = new JsonObject { ["modelId"] = modelId },
                ["inferenceEndpoint"] = new JsonObject { ["uri"] = $"https://{name}.westeurope.models.ai.azure.com", ["headers"] = new JsonObject() },
                ["contentSafety"] = new JsonObject { ["contentSafetyStatus"] = contentSafety },
                ["provisioningState"] = "Succeeded",
                ["endpointState"] = "Online",
            },
        });
        return id;
    }

    private List<JsonObject> Children(string collectionPath) => _children.GetOrAdd(collectionPath.TrimEnd('/'), _ => []);

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value?.TrimEnd('/') ?? "";
        _requests.Enqueue(path);
        _calls.Enqueue($"{context.Request.Method} {path}");
        if (context.Request.Headers.Authorization != "Bearer " + Token)
        {
            await ErrorAsync(context, 401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing or invalid.");
            return;
        }

        if (string.IsNullOrEmpty(context.Request.Query["api-version"]))
        {
            await ErrorAsync(context, 400, "MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests.");
            return;
        }

        foreach (var fault in _faults)
        {
            if (fault.Fires(path, context.Request.Method))
            {
                context.Response.StatusCode = fault.Status;
                if (fault.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = fault.RetryAfter;
                }

                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(fault.Body ?? new JsonObject { ["error"] = new JsonObject { ["code"] = "Injected" + fault.Status, ["message"] = "injected failure" } }.ToJsonString());
                return;
            }
        }

        var subscription = path.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["subscriptions", var id, ..] ? id : null;
        bool forbidden;
        lock (_forbidden)
        {
            forbidden = subscription is not null && _forbidden.Contains(subscription);
        }

        if (forbidden)
        {
            await ErrorAsync(context, 403, "AuthorizationFailed", $"The client does not have authorization to perform action over scope '/subscriptions/{subscription}'.");
            return;
        }

        if (path.Equals("/subscriptions", StringComparison.OrdinalIgnoreCase))
        {
            await PageAsync(context, _subscriptions.Values.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new JsonObject
            {
                ["id"] = "/subscriptions/" + s.Id,
                ["subscriptionId"] = s.Id,
                ["displayName"] = "Subscription " + s.Id,
                ["state"] = s.State,
            }).ToList());
            return;
        }

        if (subscription is not null && !_subscriptions.ContainsKey(subscription))
        {
            await ErrorAsync(context, 404, "SubscriptionNotFound", $"The subscription '{subscription}' could not be found.");
            return;
        }

        if (await TryHandleResourceAsync(context, path))
        {
            return;
        }

        if (_children.TryGetValue(path, out var items) || path.EndsWith("/deployments", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/raiPolicies", StringComparison.OrdinalIgnoreCase) || path.EndsWith("/onlineEndpoints", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/serverlessEndpoints", StringComparison.OrdinalIgnoreCase) || path.EndsWith("/accounts", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/workspaces", StringComparison.OrdinalIgnoreCase))
        {
            // Tests change the model only between scans, so a copy without a lock is enough.
            await PageAsync(context, items is null ? [] : [.. items]);
            return;
        }

        await ErrorAsync(context, 404, "ResourceNotFound", $"No route for '{path}'.");
    }

    private async Task PageAsync(HttpContext context, List<JsonObject> all)
    {
        var skip = int.TryParse(context.Request.Query["$skiptoken"], out var token) ? token : 0;
        var page = new JsonObject { ["value"] = new JsonArray(all.Skip(skip).Take(PageSize).Select(i => (JsonNode)i.DeepClone()).ToArray()) };
        if (skip + PageSize < all.Count)
        {
            page["nextLink"] = $"{Endpoint.GetLeftPart(UriPartial.Authority)}{context.Request.Path}?api-version={context.Request.Query["api-version"]}&$skiptoken={skip + PageSize}";
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(page.ToJsonString());
    }

    private static async Task ErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private sealed record Subscription(string Id, string State);
}
