using System.Diagnostics;

namespace AiSec.Functions.App.Tests;

/// <summary>`dotnet publish functions/App` gives the folder Flex Consumption deploys (azd zips the same folder).</summary>
public sealed class PublishTests
{
    [Fact]
    public async Task Publish_gives_a_deployable_folder()
    {
        var output = Directory.CreateTempSubdirectory("aisec-publish-").FullName;
        try
        {
            // --no-build publishes what the solution build made, so the test neither rebuilds nor races other builds.
            var (exitCode, log) = await RunAsync("dotnet", "publish", FunctionsApp.Project, "-c", FunctionsApp.Configuration, "--no-build", "-o", output);

            Assert.True(exitCode == 0, log);
            foreach (var file in new[] { "AiSec.Functions.App.dll", "functions.metadata", "worker.config.json", "host.json", "extensions.json" })
            {
                Assert.True(File.Exists(Path.Combine(output, file)) || File.Exists(Path.Combine(output, ".azurefunctions", file)), $"{file} is missing from the published folder");
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
