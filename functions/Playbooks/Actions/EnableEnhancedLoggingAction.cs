using AiSec.Guardrail.Admin;
using Microsoft.Extensions.Options;

namespace AiSec.Playbooks.Actions;

/// <summary>
/// <c>enable_enhanced_logging</c>: full-text guardrail audit records for the incident's apps for
/// <c>Playbooks:EnhancedLoggingLifetime</c>, through the app's guardrail policy; it lapses by itself.
/// </summary>
public sealed class EnableEnhancedLoggingAction(GuardrailAdmin guardrail, IOptions<PlaybooksOptions> options, TimeProvider time) : IPlaybookAction
{
    public string Name => "enable_enhanced_logging";

    public async Task<ActionOutcome> RunAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var apps = request.Incident.Subjects.Apps;
        if (apps.Count == 0)
        {
            return ActionOutcome.Skipped("the incident names no guardrail app (subjects.apps)");
        }

        var until = time.GetUtcNow() + options.Value.EnhancedLoggingLifetime;
        if (request.DryRun)
        {
            return ActionOutcome.WouldDo($"log full text for {string.Join(", ", apps)} until {until:u}");
        }

        var before = new System.Text.Json.Nodes.JsonObject();
        var after = new System.Text.Json.Nodes.JsonObject();
        foreach (var app in apps)
        {
            before[app] = (await guardrail.GetPolicyAsync(app, cancellationToken)).LogFullTextUntil;
            after[app] = (await guardrail.EnableFullTextLoggingAsync(app, until, request.Actor, cancellationToken)).LogFullTextUntil;
        }

        return ActionOutcome.Done($"full-text logging for {string.Join(", ", apps)} until {until:u}", before, after);
    }
}
