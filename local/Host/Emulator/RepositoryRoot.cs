namespace AiSec.LocalHost.Emulator;

/// <summary>Finds the repository root (the folder holding <c>AiSecFunctions.sln</c>) from the running binaries.</summary>
public static class RepositoryRoot
{
    public static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("AISEC_REPO_ROOT");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AiSecFunctions.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Where local state lives (the background Azurite's record and log, signing keys): <c>.aisec</c> under the
    /// repository root, or AISEC_STATE_DIR.
    /// </summary>
    public static string StateDirectory(string repositoryRoot) =>
        Environment.GetEnvironmentVariable("AISEC_STATE_DIR") is { Length: > 0 } state ? Path.GetFullPath(state) : Path.Combine(repositoryRoot, ".aisec");

    public static string Require() =>
        Find() ?? throw new EmulatorException(
            "Cannot find the AiSec repository root (AiSecFunctions.sln); set AISEC_REPO_ROOT or configure Storage:ConnectionString.");
}

/// <summary>The embedded emulator could not be installed or started; the message says what to do.</summary>
public sealed class EmulatorException(string message, Exception? inner = null) : Exception(message, inner);
