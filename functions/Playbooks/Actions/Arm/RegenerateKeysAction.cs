using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AiSec.Discovery.AzureArm;
using AiSec.Playbooks.Incidents;
using Azure.Core;

namespace AiSec.Playbooks.Actions.Arm;

/// <summary>
/// <c>regenerate_keys</c>: <c>POST .../regenerateKey {"keyName": "Key1"}</c>, then Key2, on each Azure AI account, so a
/// stolen key stops working (every legitimate caller needs the new one). The keys are read (<c>listKeys</c>) before and
/// after only to confirm each changed; only their SHA-256 is held, in memory, and nothing of them is recorded. Repeating
/// rotates again, which leaves the same state: keys nobody outside the account has seen. An account with local
/// authentication disabled accepts no key and lets none be listed or regenerated: done, unchanged.
/// </summary>
public sealed class RegenerateKeysAction(AzureContainment azure, TimeProvider time) : AzureResourceAction(azure)
{
    private static readonly string[] KeyNames = ["Key1", "Key2"];

    public override string Name => "regenerate_keys";

    protected override string Change => "regenerate Key1 and Key2 of";

    protected override string Changed => "regenerated Key1 and Key2 of";

    protected override string AlreadySafe => "keys not accepted (local authentication disabled) on";

    protected override string NoTarget => AzureAiTargets.NoAccount;

    protected override IReadOnlyList<string> Targets(Incident incident) => AzureAiTargets.Accounts(incident.AffectedAssets);

    protected override JsonNode? State(JsonObject? resource) => resource is null ? null : new JsonObject { ["disableLocalAuth"] = IsSafe(resource) };

    protected override bool IsSafe(JsonObject? resource) =>
        resource?["properties"]?["disableLocalAuth"] is JsonValue flag && flag.TryGetValue<bool>(out var disabled) && disabled;

    /// <summary>Regenerates each key and waits until listKeys shows it changed (a 202 makes that take a while).</summary>
    protected override async Task<(JsonNode? After, string? Problem)> ChangeAsync(string id, JsonObject resource, CancellationToken cancellationToken)
    {
        var old = await FingerprintsAsync(id, cancellationToken);
        var after = new JsonObject { ["disableLocalAuth"] = false, ["regeneratedAt"] = time.GetUtcNow() };
        foreach (var key in KeyNames)
        {
            var started = await Azure.Arm.WriteAsync(RequestMethod.Post, id + "/regenerateKey", ArmApiVersions.CognitiveServices,
                new JsonObject { ["keyName"] = key }, cancellationToken);
            var now = await FingerprintsAsync(id, cancellationToken);
            while (started.Status == 202 && now[key] == old[key])
            {
                await Azure.DelayAsync(started.RetryAfter, cancellationToken);
                now = await FingerprintsAsync(id, cancellationToken);
            }

            after[key.ToLowerInvariant() + "Changed"] = now[key] != old[key];
            if (now[key] == old[key])
            {
                return (null, $"{key} read the same after it was regenerated");
            }
        }

        return (after, null);
    }

    /// <summary>The SHA-256 of each key: enough to see it changed, and the key itself goes no further than this method.</summary>
    private async Task<Dictionary<string, string>> FingerprintsAsync(string accountId, CancellationToken cancellationToken)
    {
        var keys = (await Azure.Arm.WriteAsync(RequestMethod.Post, accountId + "/listKeys", ArmApiVersions.CognitiveServices, null, cancellationToken)).Body;
        return KeyNames.ToDictionary(
            name => name,
            name => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(keys?[name.ToLowerInvariant()]?.ToString() ?? ""))),
            StringComparer.Ordinal);
    }
}
