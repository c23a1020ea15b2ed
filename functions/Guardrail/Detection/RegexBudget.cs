namespace AiSec.Guardrail.Detection;

/// <summary>The match timeout of every guardrail regex.</summary>
public static class RegexBudget
{
    /// <summary>
    /// A guard against runaway backtracking, not a latency budget: the rules finish in microseconds on real prompts
    /// (see <c>./bench.sh guardrail-pipeline</c>). The timeout is wall-clock time, so a tight one also skips rules on a
    /// busy machine (a regex's first match compiles it; other threads take the cores) — and a guardrail that drops
    /// rules under load can be beaten by loading it. Catastrophic backtracking still ends here instead of running on.
    /// </summary>
    public const int MatchTimeoutMs = 250;
}
