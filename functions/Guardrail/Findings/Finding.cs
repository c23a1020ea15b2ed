namespace AiSec.Guardrail.Findings;

/// <summary>Sensitive data found in the original text: its category (secret or pii), precise type and span.</summary>
public readonly record struct Finding(string Category, string Type, int Start, int End, double Score);
