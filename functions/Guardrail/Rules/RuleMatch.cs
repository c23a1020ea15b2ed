namespace AiSec.Guardrail.Rules;

/// <summary>A rule that fired: which, in which category, how sure, and where in the text it was scanned.</summary>
public readonly record struct RuleMatch(string RuleId, string Category, double Score, int Start, int End);
