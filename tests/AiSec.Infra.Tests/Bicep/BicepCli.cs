using System.Diagnostics;
using System.Reflection;

namespace AiSec.Infra.Tests.Bicep;

/// <summary>The real bicep compiler from the Azure.Bicep.CommandLine NuGet package, run as a process.</summary>
internal static class BicepCli
{
    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public static string InfraDirectory => Path.Combine(RepositoryRoot, "infra", "bicep");

    private static string Executable => Metadata("BicepPath");

    public static async Task<BicepRun> RunAsync(string workingDirectory, params string[] arguments)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Executable, File.GetUnixFileMode(Executable) | UnixFileMode.UserExecute);
        }

        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Results are shared by every test that needs the same compilation, so no single test's token may cancel it.
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None);
        return new BicepRun(process.ExitCode, await stdout, await stderr);
    }

    private static string Metadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

internal sealed record BicepRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Succeeded with no diagnostic at all: linter warnings count as failures too.</summary>
    public bool Clean => ExitCode == 0 && Stderr.Trim().Length == 0;
}
