using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AiSec.Guardrail.Detection;
using AiSec.Guardrail.Findings;
using AiSec.Guardrail.Policy;
using AiSec.Guardrail.Rules;
using AiSec.Guardrail.State;
using AiSec.Guardrail.Usage;
using AiSec.Shared.Audit;
using Microsoft.Extensions.Logging;

namespace AiSec.Guardrail;

/// <summary>
/// One screening as the hosts run it: the app's policy and emergency rules from the current snapshot, the engine's
/// verdict, then the side effects: counters, an audit record for every block/redact/flag (hash and redacted
/// excerpt, never the raw text unless the policy allows it), and burst detection.
/// </summary>
public sealed partial class GuardrailService(
    GuardrailEngine engine,
    GuardrailState state,
    GuardrailCounters counters,
    BurstDetector bursts,
    IAuditLog audit,
    TimeProvider time,
    ILogger<GuardrailService> logger)
{
    private const int ExcerptChars = 200;

    public async Task<Verdict> CheckAsync(GuardrailInput input, string actor, CancellationToken cancellationToken)
    {
        var snapshot = state.Current;
        var policy = snapshot.PolicyFor(input.App);
        var verdict = engine.Check(input, policy, snapshot.EmergencyRules, NewRequestId(), time.GetUtcNow());
        await RecordAsync("check", input.App, input.Text, actor, policy, verdict, cancellationToken);
        return verdict;
    }

    public async Task<Verdict> CheckOutputAsync(string app, string response, string actor, CancellationToken cancellationToken)
    {
        var policy = state.Current.PolicyFor(app);
        var verdict = engine.CheckOutput(response, policy, NewRequestId());
        await RecordAsync("check-output", app, response, actor, policy, verdict, cancellationToken);
        return verdict;
    }

    private async Task RecordAsync(string action, string app, string text, string actor, GuardrailPolicy policy, Verdict verdict, CancellationToken cancellationToken)
    {
        var blocked = verdict.Categories.Where(c => c.Action == Decisions.Block).Select(c => c.Name);
        counters.Record(app, verdict.Decision, blocked, verdict.ElapsedMs);
        if (verdict.Decision == Decisions.Allow)
        {
            return;
        }

        try
        {
            await audit.AppendAsync(new AuditEvent(AuditStreams.Guardrail, actor, action, app, verdict.Decision, Details(text, policy.LogsFullTextAt(time.GetUtcNow()), verdict)), AuditDurability.Buffered, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The verdict stands even when the audit log is unavailable; the audit health check shows the outage.
            LogAuditFailed(logger, ex, verdict.RequestId);
        }

        if (verdict.Decision == Decisions.Block && actor.StartsWith("key:", StringComparison.Ordinal))
        {
            await bursts.RecordBlockAsync(actor[4..], app, policy.BurstBlocks, TimeSpan.FromSeconds(policy.BurstWindowSeconds), cancellationToken);
        }
    }

    private static JsonObject Details(string text, bool logFullText, Verdict verdict)
    {
        // Without a completed scan the findings are unknown, so no excerpt at all rather than an unredacted one.
        var redacted = verdict.Error is null ? Redactor.Redact(text, verdict.Findings) : "";
        var details = new JsonObject
        {
            ["requestId"] = verdict.RequestId,
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            ["length"] = text.Length,
            ["excerpt"] = redacted.Length <= ExcerptChars ? redacted : redacted[..ExcerptChars] + "…",
            ["score"] = verdict.Score,
            ["policy"] = verdict.Policy,
            ["modelVersion"] = verdict.ModelVersion,
            ["categories"] = new JsonArray(verdict.Categories.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["score"] = c.Score,
                ["action"] = c.Action,
                ["rule"] = c.Rule,
            }).ToArray()),
        };
        if (logFullText && !verdict.Categories.Any(c => c.Name == DetectionCategory.Secret))
        {
            details["text"] = text;
        }

        return details;
    }

    private static string NewRequestId() => Guid.CreateVersion7().ToString("N");

    [LoggerMessage(EventId = 4000, Level = LogLevel.Error, Message = "Could not audit guardrail decision {RequestId}")]
    private static partial void LogAuditFailed(ILogger logger, Exception exception, string requestId);
}
