using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.LocalHost.Emulator;
using AiSec.Shared.Storage;
using Microsoft.Extensions.Configuration;

namespace AiSec.Cli.Commands;

/// <summary><c>aisec storage start|stop|status</c>: the background Azurite that other commands reuse.</summary>
public static class StorageCommands
{
    public static Command Create()
    {
        var command = new Command("storage", "Manage the embedded storage emulator (Azurite).");
        command.Subcommands.Add(Start());
        command.Subcommands.Add(Stop());
        command.Subcommands.Add(Status());
        return command;
    }

    private static Command Start()
    {
        var json = CommonOptions.Json();
        var command = new Command("start", "Start Azurite in the background, persisted under .aisec/azurite.") { json };
        return command.WithHandler(async (parse, cancellationToken) =>
        {
            RejectConfiguredStorage();
            var root = RepositoryRoot.Require();
            var state = await DetachedAzurite.FindRunningAsync(root, cancellationToken);
            if (state is null)
            {
                var options = Emulator();
                var dataPath = Path.GetFullPath(string.IsNullOrEmpty(options.DataPath) ? ".aisec/azurite" : options.DataPath, root);
                var log = Path.Combine(RepositoryRoot.StateDirectory(root), "azurite.log");
                var process = await AzuriteProcess.StartAsync(root, dataPath, options.BlobPort, log, options.StartTimeout, cancellationToken);
                state = new DetachedAzurite(process.ProcessId, process.Endpoints.BlobPort, process.Endpoints.QueuePort, process.Endpoints.TablePort, dataPath);
                process.Detach();
                state.Write(root);
            }

            return Report(state, parse.GetValue(json));
        });
    }

    private static Command Stop()
    {
        var json = CommonOptions.Json();
        var command = new Command("stop", "Stop the background Azurite.") { json };
        return command.WithHandler(async (parse, cancellationToken) =>
        {
            var root = RepositoryRoot.Require();
            var state = DetachedAzurite.Read(root);
            if (state is not null)
            {
                await state.StopAsync(root, cancellationToken);
            }

            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(new { stopped = state is not null, pid = state?.ProcessId });
            }
            else
            {
                CliOutput.Info(state is null ? "no background Azurite was running" : $"stopped Azurite (pid {state.ProcessId})");
            }

            return ExitCodes.Success;
        });
    }

    private static Command Status()
    {
        var json = CommonOptions.Json();
        var command = new Command("status", "Show where storage is and whether it answers.") { json };
        return command.WithHandler(async (parse, cancellationToken) =>
        {
            var configured = Configured();
            if (configured.IsConfigured)
            {
                await using var host = await CliHost.StartAsync(cancellationToken);
                var health = await host.Get<StorageHealthProbe>().CheckAsync(cancellationToken);
                var report = new StorageStatus("azure", health.Healthy, health.Endpoint, null, null, health.Error);
                return Print(report, parse.GetValue(json));
            }

            var root = RepositoryRoot.Require();
            var state = await DetachedAzurite.FindRunningAsync(root, cancellationToken);
            var status = state is null
                ? new StorageStatus("azurite", false, null, null, null, "not running (commands start it on demand; 'aisec storage start' keeps one running)")
                : new StorageStatus("azurite", true, state.Endpoints.BlobUri.ToString(), state.ProcessId, state.DataPath, null);
            return Print(status, parse.GetValue(json));
        });
    }

    private static int Report(DetachedAzurite state, bool json) =>
        Print(new StorageStatus("azurite", true, state.Endpoints.BlobUri.ToString(), state.ProcessId, state.DataPath, null), json);

    private static int Print(StorageStatus status, bool json)
    {
        if (json)
        {
            CliOutput.WriteJson(status);
        }
        else
        {
            Console.Out.WriteLine(status.Running
                ? $"{status.Kind}: running at {status.Endpoint}{(status.Pid is { } pid ? $" (pid {pid}, data {status.DataPath})" : "")}"
                : $"{status.Kind}: {status.Error}");
        }

        return status.Running || status.Kind == "azurite" ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static StorageOptions Configured() =>
        CliHost.LoadConfiguration().GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();

    private static AzuriteOptions Emulator() =>
        CliHost.LoadConfiguration().GetSection(AzuriteOptions.SectionName).Get<AzuriteOptions>() ?? new AzuriteOptions();

    private static void RejectConfiguredStorage()
    {
        if (Configured().IsConfigured)
        {
            throw new CliUsageException("storage is configured (Storage:ConnectionString or Storage:AccountUri), so the emulator is not used");
        }
    }

    private sealed record StorageStatus(string Kind, bool Running, string? Endpoint, int? Pid, string? DataPath, string? Error);
}
