using AiSec.Guardrail.EmergencyRules;
using AiSec.Guardrail.Keys;
using AiSec.Guardrail.Overturns;
using AiSec.Guardrail.Policy;
using AiSec.Guardrail.State;
using AiSec.Shared.Admin;
using AiSec.Shared.Audit;
using AiSec.Shared.Audit.Storage;
using AiSec.Shared.Storage;

namespace AiSec.Guardrail.Admin;

/// <summary>
/// Every change people make to the guardrail: API keys, emergency rules, per-app policies, and decisions marked
/// false positives (overturned). Each change is validated here, whoever asks (CLI, HTTP, a playbook), written, and
/// recorded in the <c>admin</c> audit stream with its actor and the state before and after; keys appear there by id
/// and app only. Running instances pick changes up within <c>Guardrail:RefreshInterval</c>.
/// </summary>
public sealed class GuardrailAdmin(AiSecStorage storage, IAuditLog audit, AuditStorageReader auditRecords, TimeProvider time)
{
    private const string Redacted = "[redacted]";
    private const int MaxNameLength = 200;
    private const int MaxReasonLength = 2000;

    // The store is the capability's own table layout, internal so that this class is the only way to change it.
    private readonly GuardrailStore _store = new(storage);
    private readonly OverturnStore _overturns = new(storage);

    public async Task<NewApiKey> CreateKeyAsync(string app, Actor actor, CancellationToken cancellationToken)
    {
        var (key, stored) = ApiKeys.Create(AppNames.Validate(app), time.GetUtcNow());
        await _store.SaveKeyAsync(stored, cancellationToken);
        var info = ApiKeyInfo.From(stored);
        await audit.AppendAdminChangeAsync(actor, "api_key_created", info.KeyId, "active", null, info, cancellationToken);
        return new NewApiKey(key, info);
    }

    /// <param name="app">Only this app's keys (case-insensitive); null for all.</param>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListKeysAsync(string? app, CancellationToken cancellationToken) =>
        [.. (await _store.LoadKeysAsync(cancellationToken)).Values
            .Where(k => app is null || string.Equals(k.App, app, StringComparison.OrdinalIgnoreCase))
            .OrderBy(k => k.App, StringComparer.Ordinal).ThenBy(k => k.CreatedAt)
            .Select(ApiKeyInfo.From)];

    /// <summary>Requests with the key get 401 once instances refresh. Revoking a revoked key changes nothing.</summary>
    /// <param name="app">When given, the key must belong to this app.</param>
    /// <returns>The key, or null when there is no such key (for that app).</returns>
    public async Task<ApiKeyInfo?> RevokeKeyAsync(string keyId, string? app, Actor actor, CancellationToken cancellationToken)
    {
        var key = await _store.GetKeyAsync(Identifier(keyId, "keyId"), cancellationToken);
        if (key is null || (app is not null && !string.Equals(key.App, app, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        if (key.RevokedAt is not null)
        {
            return ApiKeyInfo.From(key);
        }

        var revoked = key with { RevokedAt = time.GetUtcNow() };
        await _store.SaveKeyAsync(revoked, cancellationToken);
        await audit.AppendAdminChangeAsync(actor, "api_key_revoked", keyId, "revoked", ApiKeyInfo.From(key), ApiKeyInfo.From(revoked), cancellationToken);
        return ApiKeyInfo.From(revoked);
    }

    /// <summary>Refuses a pattern that does not compile or that backtracks catastrophically on long inputs.</summary>
    public async Task<EmergencyRule> AddRuleAsync(EmergencyRuleRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rule = new EmergencyRule
        {
            Id = request.Id is null ? "er-" + Guid.NewGuid().ToString("N")[..10] : Identifier(request.Id, "id"),
            App = request.App == EmergencyRule.AllApps ? EmergencyRule.AllApps : AppNames.Validate(request.App),
            Pattern = request.Pattern,
            IsRegex = request.IsRegex,
            ExpiresAt = RuleExpiry.Parse(request.Expires, now),
            Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
            CreatedBy = actor.Name,
            CreatedAt = now,
        };
        try
        {
            CompiledEmergencyRule.Compile(rule);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidInputException("pattern", $"rule refused: {ex.Message.Split(" (Parameter")[0]}");
        }

        var before = request.Id is null ? null : await _store.GetRuleAsync(rule.Id, cancellationToken);
        await _store.SaveRuleAsync(rule, cancellationToken);
        await audit.AppendAdminChangeAsync(actor, "emergency_rule_added", rule.Id, before is null ? "active" : "replaced", before, rule, cancellationToken);
        return rule;
    }

    public async Task<IReadOnlyList<EmergencyRule>> ListRulesAsync(CancellationToken cancellationToken) =>
        [.. (await _store.LoadRulesAsync(cancellationToken)).Values.OrderBy(r => r.CreatedAt)];

    /// <returns>The removed rule, or null when there is no rule with that id.</returns>
    public async Task<EmergencyRule?> RemoveRuleAsync(string id, Actor actor, CancellationToken cancellationToken)
    {
        var rule = await _store.GetRuleAsync(Identifier(id, "id"), cancellationToken);
        if (rule is null)
        {
            return null;
        }

        await _store.DeleteRuleAsync(rule.Id, cancellationToken);
        await audit.AppendAdminChangeAsync(actor, "emergency_rule_removed", rule.Id, "removed", rule, null, cancellationToken);
        return rule;
    }

    /// <summary>The policy that applies to the app: its own, or the default when none is set.</summary>
    public async Task<GuardrailPolicy> GetPolicyAsync(string app, CancellationToken cancellationToken) =>
        await _store.GetPolicyAsync(AppNames.Validate(app), cancellationToken) ?? GuardrailPolicy.Default;

    /// <exception cref="InvalidInputException">The app name or a policy field is not valid; nothing is saved.</exception>
    public async Task<GuardrailPolicy> SetPolicyAsync(string app, GuardrailPolicy policy, Actor actor, CancellationToken cancellationToken)
    {
        var saved = PolicyValidator.Validate(policy) with { Name = AppNames.Validate(app) };
        var before = await _store.GetPolicyAsync(saved.Name, cancellationToken);
        await _store.SavePolicyAsync(saved.Name, saved, cancellationToken);
        await audit.AppendAdminChangeAsync(actor, "policy_set", saved.Name, "saved", AuditView(before), AuditView(saved), cancellationToken);
        return saved;
    }

    /// <summary>
    /// Turns on full-text audit records for an app until <paramref name="until"/> (an incident's investigation window),
    /// keeping the rest of its policy. Idempotent: a later end time wins, an earlier one never shortens it.
    /// </summary>
    public async Task<GuardrailPolicy> EnableFullTextLoggingAsync(string app, DateTimeOffset until, Actor actor, CancellationToken cancellationToken)
    {
        var name = AppNames.Validate(app);
        var before = await _store.GetPolicyAsync(name, cancellationToken);
        var current = before ?? GuardrailPolicy.Default with { Name = name };
        var after = current with { Name = name, LogFullTextUntil = current.LogFullTextUntil is { } existing && existing > until ? existing : until };
        await _store.SavePolicyAsync(name, after, cancellationToken);
        await audit.AppendAdminChangeAsync(actor, "policy_full_text_logging", name, "saved", AuditView(before), AuditView(after), cancellationToken);
        return after;
    }

    /// <summary>
    /// Marks a block, redact or flag a false positive. The decision must be in the guardrail audit stream (every
    /// non-allow decision is); overturning it again returns the first overturn unchanged.
    /// </summary>
    /// <exception cref="InvalidInputException">A malformed or unknown request id, or no name of who overturns it.</exception>
    public async Task<GuardrailOverturn> OverturnAsync(OverturnRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var requestId = (request.RequestId ?? "").Trim().ToLowerInvariant();
        if (requestId.Length != 32 || !requestId.All(char.IsAsciiHexDigit))
        {
            throw new InvalidInputException("requestId", $"'{request.RequestId}' is not a guardrail request id (32 hexadecimal characters, as the check response and its audit record give it)");
        }

        if (string.IsNullOrWhiteSpace(request.OverturnedBy) || request.OverturnedBy.Trim().Length > MaxNameLength)
        {
            throw new InvalidInputException("overturnedBy", $"name who marks it a false positive (1 to {MaxNameLength} characters)");
        }

        if (request.Reason is { } reason && reason.Trim().Length > MaxReasonLength)
        {
            throw new InvalidInputException("reason", $"at most {MaxReasonLength} characters");
        }

        if (await _overturns.GetAsync(requestId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var decision = await AuditedDecision.FindAsync(auditRecords, requestId, cancellationToken)
            ?? throw new InvalidInputException("requestId", $"no guardrail decision with request id '{requestId}' in the audit log (only blocks, redactions and flags are recorded)");
        var overturn = new GuardrailOverturn(
            requestId, decision.App, decision.Decision, decision.Categories, decision.DecidedAt, decision.Seq,
            request.OverturnedBy.Trim(), string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(), time.GetUtcNow(), actor.Name);
        await _overturns.SaveAsync(overturn, cancellationToken);
        await audit.AppendAdminChangeAsync(actor, "decision_overturned", requestId, "false_positive", null, overturn, cancellationToken);
        return overturn;
    }

    /// <summary>The registered system prompt and the canary are the app's secrets: the record says only whether they are set.</summary>
    private static GuardrailPolicy? AuditView(GuardrailPolicy? policy) => policy is null ? null : policy with
    {
        SystemPrompt = string.IsNullOrEmpty(policy.SystemPrompt) ? policy.SystemPrompt : Redacted,
        CanaryToken = string.IsNullOrEmpty(policy.CanaryToken) ? policy.CanaryToken : Redacted,
    };

    /// <summary>Ids become row keys: letters, digits, '-' and '_' only, so a typo is a clear error and not a storage one.</summary>
    private static string Identifier(string value, string field) =>
        value is { Length: > 0 and <= 64 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? value
            : throw new InvalidInputException(field, $"'{value}' is not an id (letters, digits, '-' and '_')");
}
