using System.Text.Json;
using AiSec.Guardrail.Admin;

namespace AiSec.Playbooks.Actions;

/// <summary>
/// <c>block_api_key</c>: revokes the guardrail API keys the attacker used (the incident's subjects; an
/// <c>attack_burst</c> signal names its key) through the Guardrail's admin service. Revoking a revoked key changes nothing.
/// </summary>
public sealed class BlockApiKeyAction(GuardrailAdmin guardrail) : IPlaybookAction
{
    public string Name => "block_api_key";

    public async Task<ActionOutcome> RunAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var keyIds = request.Incident.Subjects.ApiKeyIds;
        if (keyIds.Count == 0)
        {
            return ActionOutcome.Skipped("the incident names no guardrail API key (subjects.apiKeyIds)");
        }

        if (request.DryRun)
        {
            return ActionOutcome.WouldDo($"revoke API keys {string.Join(", ", keyIds)}");
        }

        var before = new List<ApiKeyInfo?>();
        var after = new List<ApiKeyInfo>();
        var unknown = new List<string>();
        foreach (var keyId in keyIds)
        {
            var existing = (await guardrail.ListKeysAsync(null, cancellationToken)).FirstOrDefault(k => k.KeyId == keyId);
            before.Add(existing);
            if (await guardrail.RevokeKeyAsync(keyId, null, request.Actor, cancellationToken) is { } revoked)
            {
                after.Add(revoked);
            }
            else
            {
                unknown.Add(keyId);
            }
        }

        if (after.Count == 0)
        {
            return ActionOutcome.Failed($"no such API key: {string.Join(", ", unknown)}");
        }

        var summary = $"revoked {string.Join(", ", after.Select(k => $"{k.KeyId} ({k.App})"))}" + (unknown.Count > 0 ? $"; unknown: {string.Join(", ", unknown)}" : "");
        return ActionOutcome.Done(summary, JsonSerializer.SerializeToNode(before, Json), JsonSerializer.SerializeToNode(after, Json));
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
