using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AiSec.Discovery.AzureArm;
using Azure.Core;

namespace AiSec.Playbooks.Actions.Arm;

/// <summary>
/// <c>regenerate_keys</c>: <c>POST .../regenerateKey {"keyName": "Key1"}</c>, then Key2, on each Azure AI account, so a
/// stolen key stops working (every legitimate caller needs the new one). The keys are read (<c>listKeys</c>) before and
/// after only to confirm each changed; only their SHA-256 is held, in memory, and nothing of them is recorded. Repeating
/// rotates again, which leaves the same state: keys nobody outside the account has seen. An account with local
/// authentication disabled accepts no key and lets none be listed or regenerated: done, unchanged.
/// </summary>
public sealed class RegenerateKeysAction(AzureContainment azure, TimeProvider time) : IPlaybookAction
{
    private static readonly string[] KeyNames = ["Key1", "Key2"];

    public string Name => "regenerate_keys";

    public async Task<ActionOutcome> RunAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        if (azure.Unavailable is { } reason)
        {
            return ActionOutcome.Skipped(reason);
        }

        var accounts = AzureAiTargets.Accounts(request.Incident.AffectedAssets);
        if (accounts.Count == 0)
        {
            return ActionOutcome.Skipped("the incident names no Azure AI account (an affected asset that is a Microsoft.CognitiveServices account or a resource under one)");
        }

        var tally = new ActionTally();
        var planned = new JsonObject();
        foreach (var id in accounts)
        {
            var (account, refusal) = await AzureContainment.CallAsync(() => azure.Arm.GetResourceAsync(id, ArmApiVersions.CognitiveServices, cancellationToken), cancellationToken);
            if (refusal is not null || account is null)
            {
                refusal ??= "no such account (404)";
                tally.Refused(id, refusal);
                planned[id] = new JsonObject { ["refused"] = refusal };
                continue;
            }

            var localAuthDisabled = account["properties"]?["disableLocalAuth"] is JsonValue flag && flag.TryGetValue<bool>(out var disabled) && disabled;
            var before = new JsonObject { ["disableLocalAuth"] = localAuthDisabled };
            planned[id] = before.DeepClone();
            if (localAuthDisabled)
            {
                tally.Already(id, before);
                continue;
            }

            if (request.DryRun)
            {
                continue;
            }

            var (changed, failure) = await AzureContainment.CallAsync(() => RotateAsync(id, cancellationToken), cancellationToken);
            if (failure is not null)
            {
                tally.Refused(id, failure, before);
                continue;
            }

            var after = new JsonObject { ["disableLocalAuth"] = false, ["regeneratedAt"] = time.GetUtcNow() };
            foreach (var (key, rotated) in changed!)
            {
                after[key.ToLowerInvariant() + "Changed"] = rotated;
            }

            if (changed!.Values.Any(rotated => !rotated))
            {
                tally.Refused(id, "a key read the same after it was regenerated", before);
                continue;
            }

            tally.Changed(id, before, after);
        }

        return request.DryRun
            ? ActionOutcome.WouldDo($"regenerate Key1 and Key2 of {string.Join(", ", accounts.Select(AzureAiTargets.NameOf))}", planned)
            : tally.Outcome("regenerated Key1 and Key2 of", "keys not accepted (local authentication disabled) on");
    }

    /// <summary>Regenerates each key and waits until listKeys shows it changed (a 202 makes that take a while).</summary>
    private async Task<Dictionary<string, bool>> RotateAsync(string accountId, CancellationToken cancellationToken)
    {
        var old = await FingerprintsAsync(accountId, cancellationToken);
        var changed = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var key in KeyNames)
        {
            var started = await azure.Arm.WriteAsync(RequestMethod.Post, accountId + "/regenerateKey", ArmApiVersions.CognitiveServices,
                new JsonObject { ["keyName"] = key }, cancellationToken);
            var now = await FingerprintsAsync(accountId, cancellationToken);
            while (started.Status == 202 && now[key] == old[key])
            {
                await azure.DelayAsync(started.RetryAfter, cancellationToken);
                now = await FingerprintsAsync(accountId, cancellationToken);
            }

            changed[key] = now[key] != old[key];
        }

        return changed;
    }

    /// <summary>The SHA-256 of each key: enough to see it changed, and the key itself goes no further than this method.</summary>
    private async Task<Dictionary<string, string>> FingerprintsAsync(string accountId, CancellationToken cancellationToken)
    {
        var keys = (await azure.Arm.WriteAsync(RequestMethod.Post, accountId + "/listKeys", ArmApiVersions.CognitiveServices, null, cancellationToken)).Body;
        return KeyNames.ToDictionary(
            name => name,
            name => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(keys?[name.ToLowerInvariant()]?.ToString() ?? ""))),
            StringComparer.Ordinal);
    }
}
