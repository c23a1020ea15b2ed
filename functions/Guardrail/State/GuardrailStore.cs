using AiSec.Guardrail.EmergencyRules;
using AiSec.Guardrail.Keys;
using AiSec.Guardrail.Policy;
using AiSec.Shared.Storage;
using Azure;
using Azure.Data.Tables;

namespace AiSec.Guardrail.State;

/// <summary>
/// Policies, API keys and emergency rules in Table Storage (one JSON document per row). Internal: changes go through
/// <see cref="Admin.GuardrailAdmin"/>, which validates and audits them; the snapshot only reads.
/// </summary>
internal sealed class GuardrailStore(AiSecStorage storage)
{
    private const string Partition = "v1";

    private TableClient Policies => storage.Table(StorageNames.Tables.GuardrailPolicies);

    private TableClient Rules => storage.Table(StorageNames.Tables.GuardrailRules);

    private TableClient Keys => storage.Table(StorageNames.Tables.GuardrailKeys);

    public Task SavePolicyAsync(string app, GuardrailPolicy policy, CancellationToken ct) =>
        Policies.UpsertEntityAsync(JsonRow.From(Partition, AppKey(app), policy with { Name = app }), TableUpdateMode.Replace, ct);

    public Task<IReadOnlyDictionary<string, GuardrailPolicy>> LoadPoliciesAsync(CancellationToken ct) =>
        LoadAsync<GuardrailPolicy>(Policies, ct);

    public Task SaveRuleAsync(EmergencyRule rule, CancellationToken ct) =>
        Rules.UpsertEntityAsync(JsonRow.From(Partition, rule.Id, rule), TableUpdateMode.Replace, ct);

    public Task DeleteRuleAsync(string id, CancellationToken ct) => Rules.DeleteEntityAsync(Partition, id, ETag.All, ct);

    public Task<IReadOnlyDictionary<string, EmergencyRule>> LoadRulesAsync(CancellationToken ct) => LoadAsync<EmergencyRule>(Rules, ct);

    public Task SaveKeyAsync(StoredApiKey key, CancellationToken ct) =>
        Keys.UpsertEntityAsync(JsonRow.From(Partition, key.KeyId, key), TableUpdateMode.Replace, ct);

    public Task<IReadOnlyDictionary<string, StoredApiKey>> LoadKeysAsync(CancellationToken ct) => LoadAsync<StoredApiKey>(Keys, ct);

    public Task<StoredApiKey?> GetKeyAsync(string keyId, CancellationToken ct) => GetAsync<StoredApiKey>(Keys, keyId, ct);

    public Task<EmergencyRule?> GetRuleAsync(string id, CancellationToken ct) => GetAsync<EmergencyRule>(Rules, id, ct);

    public Task<GuardrailPolicy?> GetPolicyAsync(string app, CancellationToken ct) => GetAsync<GuardrailPolicy>(Policies, AppKey(app), ct);

    public static string AppKey(string app) => app.Trim().ToLowerInvariant();

    private static async Task<T?> GetAsync<T>(TableClient table, string rowKey, CancellationToken ct)
        where T : class
    {
        var row = await table.GetEntityIfExistsAsync<JsonRow>(Partition, rowKey, cancellationToken: ct);
        return row.HasValue ? row.Value!.To<T>() : null;
    }

    private static async Task<IReadOnlyDictionary<string, T>> LoadAsync<T>(TableClient table, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter<JsonRow>(r => r.PartitionKey == Partition);
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<JsonRow>(filter, cancellationToken: ct))
        {
            result[row.RowKey] = row.To<T>();
        }

        return result;
    }
}
