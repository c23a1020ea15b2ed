using System.Diagnostics;

namespace AiSec.Testing;

/// <summary>Runs the real built <c>aisec</c> CLI as a process, the way users and scripts do.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>The CLI binary the tests build next to themselves (the test project references the CLI project).</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "aisec.dll");

    /// <summary>A temporary file holding <paramref name="content"/>, for an option that takes a file.</summary>
    public static async Task<string> FileWithAsync(string content, CancellationToken cancellationToken)
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, content, cancellationToken);
        return path;
    }

    public static async Task<Result> RunAsync(
        IEnumerable<string> args,
        IReadOnlyDictionary<string, string?>? settings = null,
        string? stdin = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        var start = StartInfo(args, settings);
        start.RedirectStandardInput = true;
        start.WorkingDirectory = AppContext.BaseDirectory;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"aisec {string.Join(' ', args)} did not finish in time. stderr: {await stderr}");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the CLI in the background (<c>serve</c>, or commands racing each other); its output is drained.</summary>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var process = Process.Start(StartInfo(args, settings))!;
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        _ = process.StandardError.ReadToEndAsync(cancellationToken);
        return process;
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["AISEC_REPO_ROOT"] = RepositoryPaths.Root;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }
}
