namespace AiSec.Discovery;

/// <summary>A discovery run was asked for a source that is unknown or has nothing configured to scan.</summary>
public sealed class DiscoveryConfigurationException(string message) : Exception(message);
