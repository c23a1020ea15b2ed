using System.Diagnostics;

namespace AiSec.LocalHost.Emulator;

/// <summary>
/// Installs the pinned Azurite from <c>tools/azurite</c> (package.json + package-lock.json) with <c>npm ci</c> on
/// first use, so a fresh clone needs nothing but Node.js.
/// </summary>
public static class AzuriteInstaller
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static string ToolDirectory(string repositoryRoot) => Path.Combine(repositoryRoot, "tools", "azurite");

    public static async Task<string> EnsureInstalledAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var tool = ToolDirectory(repositoryRoot);
        var entry = Path.Combine(tool, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (File.Exists(entry))
        {
            return tool;
        }

        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (!File.Exists(entry))
            {
                RequireOnPath("node");
                RequireOnPath("npm");
                await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], tool, cancellationToken);
            }
        }
        finally
        {
            Gate.Release();
        }

        return File.Exists(entry)
            ? tool
            : throw new EmulatorException($"npm ci in {tool} finished but Azurite is not installed; run it by hand to see why.");
    }

    public static void RequireOnPath(string program)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
        if (!found)
        {
            throw new EmulatorException(
                $"'{program}' was not found on PATH. The embedded storage emulator (Azurite) needs Node.js 18+ and npm; " +
                "install them, or set Storage:ConnectionString / Storage:AccountUri to use Azure Storage.");
        }
    }

    private static async Task RunAsync(string program, string[] args, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new EmulatorException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new EmulatorException(
                $"'{program} {string.Join(' ', args)}' in {workingDirectory} failed with exit code {process.ExitCode}: {(await stderr).Trim()} {(await stdout).Trim()}".Trim());
        }
    }
}
