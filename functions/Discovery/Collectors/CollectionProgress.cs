namespace AiSec.Discovery.Collectors;

/// <summary>A progress note from a running collector, for the CLI's progress display and the logs.</summary>
public sealed record CollectionProgress(string Source, string Message, int AssetsSoFar);
