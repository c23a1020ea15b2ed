namespace AiSec.Program.Admin;

/// <summary>Record a red-team engagement that took place on <see cref="Date"/>, led by <see cref="Lead"/>, covering <see cref="Scope"/> (asset ids).</summary>
public sealed record EngagementRequest(string Name, DateTimeOffset Date, string Lead, IReadOnlyList<string> Scope);
