using System.ComponentModel.DataAnnotations;

namespace AiSec.Playbooks;

/// <summary>The <c>Playbooks</c> section: where playbooks come from, how incidents are opened, how fast time runs.</summary>
public sealed class PlaybooksOptions : IValidatableObject
{
    public const string SectionName = "Playbooks";

    /// <summary>A folder of playbook files (YAML or JSON) that replace the shipped ones category by category.</summary>
    public string? Directory { get; set; }

    /// <summary>Multiplies every step timeout and notification deadline (drills and tests run faster with 0.01).</summary>
    [Range(0.0001, 1000, ErrorMessage = "Playbooks:TimeScale must be between 0.0001 and 1000.")]
    public double TimeScale { get; set; } = 1;

    /// <summary>A signal for the same category and asset within this window joins the open incident.</summary>
    public TimeSpan DedupeWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Which playbook a signal type opens (<c>Playbooks:Signals:attack_burst</c> = category).</summary>
    public Dictionary<string, string> Signals { get; set; } = new(StringComparer.Ordinal)
    {
        ["attack_burst"] = Definitions.IncidentCategory.PromptInjectionExploitation,
        ["jailbreak_burst"] = Definitions.IncidentCategory.JailbreakBypass,
        ["risk_increase"] = Definitions.IncidentCategory.ModelSupplyChainCompromise,
    };

    /// <summary>How long an emergency guardrail rule deployed by a playbook stays in force.</summary>
    public TimeSpan EmergencyRuleLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long enhanced (full-text) guardrail logging stays on once a playbook turns it on.</summary>
    public TimeSpan EnhancedLoggingLifetime { get; set; } = TimeSpan.FromHours(4);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DedupeWindow < TimeSpan.Zero || DedupeWindow > TimeSpan.FromDays(7))
        {
            yield return new ValidationResult("Playbooks:DedupeWindow must be between 00:00:00 and 7.00:00:00.", [nameof(DedupeWindow)]);
        }

        foreach (var (signal, category) in Signals)
        {
            if (!Definitions.IncidentCategory.IsKnown(category))
            {
                yield return new ValidationResult(
                    $"Playbooks:Signals:{signal} is '{category}', not one of {string.Join(", ", Definitions.IncidentCategory.All)}.", [nameof(Signals)]);
            }
        }

        if (!string.IsNullOrEmpty(Directory) && !System.IO.Directory.Exists(Directory))
        {
            yield return new ValidationResult($"Playbooks:Directory '{Directory}' does not exist.", [nameof(Directory)]);
        }
    }
}
