using System.Text.Json;
using System.Text.RegularExpressions;
using AiSec.Guardrail.Admin;
using AiSec.Guardrail.EmergencyRules;
using AiSec.Playbooks.Incidents;
using Microsoft.Extensions.Options;

namespace AiSec.Playbooks.Actions;

/// <summary>
/// <c>deploy_emergency_guardrail</c>: two emergency rules from the incident's attack payload, through the Guardrail's
/// own admin service so every instance enforces them within its refresh interval: the exact phrase, and a pattern of
/// its words with any spacing or punctuation between them (the same attack retyped). Rule ids come from the incident
/// and step, so a re-run replaces the rules instead of adding more.
/// </summary>
public sealed partial class DeployEmergencyGuardrailAction(GuardrailAdmin guardrail, IncidentRecorder incidents, IOptions<PlaybooksOptions> options, TimeProvider time)
    : IPlaybookAction
{
    /// <summary>Phrases longer than this are cut: the start of a long payload identifies it, and rules stay cheap.</summary>
    private const int MaxPhraseChars = 300;

    private const int MaxPatternWords = 40;

    public string Name => "deploy_emergency_guardrail";

    public async Task<ActionOutcome> RunAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var payload = await incidents.GetPayloadAsync(request.Incident.Id, cancellationToken);
        var phrase = Phrase(payload);
        if (phrase is null)
        {
            return ActionOutcome.Skipped("the incident has no attack payload to block (open it with --payload, or send one with the signal)");
        }

        var words = Words().Matches(phrase).Select(m => Regex.Escape(m.Value)).Take(MaxPatternWords).ToList();
        var expires = (time.GetUtcNow() + options.Value.EmergencyRuleLifetime).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var description = $"incident {request.Incident.Id} step {request.Step.Number}";
        var planned = new List<EmergencyRuleRequest>
        {
            new(phrase, IsRegex: false, EmergencyRule.AllApps, expires, description + ": exact phrase", request.StableId("er") + "-phrase"),
        };
        if (words.Count >= 2)
        {
            planned.Add(new(@"\b" + string.Join(@"\W+", words) + @"\b", IsRegex: true, EmergencyRule.AllApps, expires, description + ": words in any spacing", request.StableId("er") + "-words"));
        }

        if (request.DryRun)
        {
            return ActionOutcome.WouldDo($"deploy {planned.Count} emergency rules for every app until {expires}");
        }

        var rules = new List<EmergencyRule>();
        foreach (var rule in planned)
        {
            rules.Add(await guardrail.AddRuleAsync(rule, request.Actor, cancellationToken));
        }

        var after = JsonSerializer.SerializeToNode(rules.Select(r => new { r.Id, r.IsRegex, r.App, r.ExpiresAt }), Json);
        return ActionOutcome.Done($"{rules.Count} emergency rules active for every app until {expires} ({string.Join(", ", rules.Select(r => r.Id))})", after: after);
    }

    /// <summary>The payload with its whitespace collapsed, cut to <see cref="MaxPhraseChars"/> at a word boundary.</summary>
    internal static string? Phrase(string? payload)
    {
        var collapsed = string.Join(' ', (payload ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length < 8)
        {
            return null;
        }

        if (collapsed.Length <= MaxPhraseChars)
        {
            return collapsed;
        }

        var cut = collapsed.LastIndexOf(' ', MaxPhraseChars);
        return collapsed[..(cut > MaxPhraseChars / 2 ? cut : MaxPhraseChars)];
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
