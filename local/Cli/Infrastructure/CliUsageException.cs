namespace AiSec.Cli.Infrastructure;

/// <summary>The command line was well-formed but its values are not usable (exit code 2).</summary>
public sealed class CliUsageException(string message) : Exception(message);

/// <summary>The command ran and failed for a reason the user can act on (exit code 1, message only).</summary>
public sealed class CliFailureException(string message) : Exception(message);
