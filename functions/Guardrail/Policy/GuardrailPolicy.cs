namespace AiSec.Guardrail.Policy;

/// <summary>How one application's traffic is judged. Stored per app; <see cref="Default"/> applies to unknown apps.</summary>
public sealed record GuardrailPolicy
{
    public string Name { get; init; } = "default";

    /// <summary>Classifier probability at or above which a user prompt is an attack; null uses the model's own threshold.</summary>
    public double? AttackThreshold { get; init; }

    /// <summary>Stricter threshold for text from documents and tools (indirect injection).</summary>
    public double? DocumentThreshold { get; init; }

    /// <summary>Action per category: block, redact, flag or allow.</summary>
    public IReadOnlyDictionary<string, string> Actions { get; init; } = DefaultActions;

    public int MaxInputChars { get; init; } = 256_000;

    /// <summary>When a detection stage fails: true lets the text through (flagged), false blocks it.</summary>
    public bool FailOpen { get; init; }

    /// <summary>Whether audit records may hold the full text (otherwise a redacted excerpt and a hash only).</summary>
    public bool LogFullText { get; init; }

    /// <summary>Full text is also logged until this time (set by an incident's enhanced logging, then lapses by itself).</summary>
    public DateTimeOffset? LogFullTextUntil { get; init; }

    /// <summary>Whether audit records may hold the full text now.</summary>
    public bool LogsFullTextAt(DateTimeOffset now) => LogFullText || LogFullTextUntil > now;

    /// <summary>Similarity to the registered system prompt at or above which a response leaks it.</summary>
    public double LeakThreshold { get; init; } = 0.85;

    public string? SystemPrompt { get; init; }

    public string? CanaryToken { get; init; }

    /// <summary>Blocks by one key within <see cref="BurstWindowSeconds"/> that raise an attack_burst signal.</summary>
    public int BurstBlocks { get; init; } = 20;

    public int BurstWindowSeconds { get; init; } = 60;

    /// <summary>Requests per second per app (token bucket); 0 disables the limit.</summary>
    public int RequestsPerSecond { get; init; } = 1_000;

    public static readonly IReadOnlyDictionary<string, string> DefaultActions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["prompt_injection"] = Decisions.Block,
        ["jailbreak"] = Decisions.Block,
        ["prompt_extraction"] = Decisions.Block,
        ["emergency_rule"] = Decisions.Block,
        ["harmful_request"] = Decisions.Block,
        ["tool_abuse"] = Decisions.Block,
        ["secret"] = Decisions.Redact,
        ["pii"] = Decisions.Redact,
        ["system_prompt_leak"] = Decisions.Block,
        ["canary"] = Decisions.Block,
    };

    public static GuardrailPolicy Default { get; } = new();

    public string ActionFor(string category) =>
        Actions.TryGetValue(category, out var action) ? action : DefaultActions.GetValueOrDefault(category, Decisions.Flag);
}

public static class Decisions
{
    public const string Allow = "allow";
    public const string Flag = "flag";
    public const string Redact = "redact";
    public const string Block = "block";

    public static readonly IReadOnlyList<string> All = [Allow, Flag, Redact, Block];

    /// <summary>Block outranks redact outranks flag outranks allow.</summary>
    public static int Severity(string decision) => decision switch
    {
        Block => 3,
        Redact => 2,
        Flag => 1,
        _ => 0,
    };
}
