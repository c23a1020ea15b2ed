using System.ComponentModel.DataAnnotations;

namespace AiSec.Playbooks.Actions;

/// <summary>The <c>Playbooks:Actions</c> section: whether actions may change cloud resources, and how they wait for them.</summary>
public sealed class ContainmentOptions : IValidatableObject
{
    public const string SectionName = "Playbooks:Actions";

    /// <summary>
    /// Whether the Azure containment actions may change resources. On by default locally; the Bicep deployment sets it
    /// together with the Cognitive Services Contributor grant it needs. Off, they end <c>skipped</c> and change nothing.
    /// </summary>
    public bool ContainmentEnabled { get; set; } = true;

    /// <summary>How often a long-running Resource Manager change is looked at when the service sends no Retry-After.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PollInterval <= TimeSpan.Zero || PollInterval > TimeSpan.FromMinutes(5))
        {
            yield return new ValidationResult("Playbooks:Actions:PollInterval must be more than 00:00:00 and at most 00:05:00.", [nameof(PollInterval)]);
        }
    }
}
