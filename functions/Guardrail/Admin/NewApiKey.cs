namespace AiSec.Guardrail.Admin;

/// <summary>A key just created: <see cref="Key"/> is shown to its creator once and stored nowhere.</summary>
public sealed record NewApiKey(string Key, ApiKeyInfo Info);
