using System.ComponentModel.DataAnnotations;

namespace AiSec.Guardrail;

/// <summary>The <c>Guardrail</c> section.</summary>
public sealed class GuardrailOptions
{
    public const string SectionName = "Guardrail";

    /// <summary>Lets requests without x-api-key through (app taken from the body). For local experiments only.</summary>
    public bool DevMode { get; set; }

    /// <summary>How often policies, keys and emergency rules are re-read; every instance sees a change within this.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often per-app counters are added to the guardrailcounters table.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan CounterFlushInterval { get; set; } = TimeSpan.FromSeconds(10);

    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;
}
