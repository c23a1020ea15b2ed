namespace AiSec.Discovery.HuggingFace;

/// <summary>One weight file of a self-hosted model, as recorded in the asset's <c>weights[]</c>.</summary>
public sealed record WeightFile(string File, string Format, string? Sha256, long SizeBytes, string PickleRisk, IReadOnlyList<string> PickleFindings, string? Error);
