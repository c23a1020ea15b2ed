using System.CommandLine;
using AiSec.Cli.Infrastructure;
using AiSec.LocalHost.Emulator;
using AiSec.Shared.Storage;
using Microsoft.Extensions.Configuration;

namespace AiSec.Cli.Commands;

/// <summary>
/// <c>aisec storage start|stop|status</c>: the one Azurite of the data folder, which <c>serve</c> and every command
/// share (see <see cref="SharedAzurite"/>). <c>start</c> keeps it running after the last user exits.
/// </summary>
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
        var command = new Command("start", "Start Azurite in the background (or keep the running one), persisted under .aisec/azurite.") { json };
        return command.WithHandler(async (parse, cancellationToken) =>
        {
            RejectConfiguredStorage();
            var (root, options, dataPath) = SharedFolder();
            using var lease = await SharedAzurite.AttachAsync(root, options, dataPath, "aisec storage start", persistent: true, cancellationToken);
            var found = await SharedAzurite.FindAsync(dataPath, cancellationToken);
            return Print(found is { } f ? Running(f.Instance, f.Holders) : Stopped(dataPath), parse.GetValue(json));
        });
    }

    private static Command Stop()
    {
        var json = CommonOptions.Json();
        var command = new Command("stop", "Stop the shared Azurite, whoever started it.") { json };
        return command.WithHandler(async (parse, cancellationToken) =>
        {
            RejectConfiguredStorage();
            var (_, _, dataPath) = SharedFolder();
            var stopped = await SharedAzurite.StopAsync(dataPath, cancellationToken);
            var users = stopped?.Holders.Where(h => h.Pid != Environment.ProcessId).Select(h => $"{h.Description} (pid {h.Pid})").ToList() ?? [];
            if (parse.GetValue(json))
            {
                CliOutput.WriteJson(new { stopped = stopped is not null, pid = stopped?.Instance.Pid, stillUsedBy = users });
            }
            else if (stopped is null)
            {
                CliOutput.Info("no Azurite was running for this data folder");
            }
            else
            {
                CliOutput.Info($"stopped Azurite (pid {stopped.Value.Instance.Pid})" + (users.Count > 0 ? $"; it was still used by {string.Join(", ", users)}" : ""));
            }

            return ExitCodes.Success;
        });
    }

    private static Command Status()
    {
        var json = CommonOptions.Json();
        var command = new Command("status", "Show where storage is, whether it answers, and who started and uses the emulator.") { json };
        return command.WithHandler(async (parse, cancellationToken) =>
        {
            if (Configured().IsConfigured)
            {
                await using var host = await CliHost.StartAsync(cancellationToken);
                var health = await host.Get<StorageHealthProbe>().CheckAsync(cancellationToken);
                var report = new StorageStatus("azure", health.Healthy, health.Endpoint, null, null, health.Error);
                return Print(report, parse.GetValue(json));
            }

            var (_, _, dataPath) = SharedFolder();
            var found = await SharedAzurite.FindAsync(dataPath, cancellationToken);
            return Print(found is { } f ? Running(f.Instance, f.Holders) : Stopped(dataPath), parse.GetValue(json));
        });
    }

    private static StorageStatus Running(EmulatorInstance instance, IReadOnlyList<EmulatorHolder> holders) =>
        new("azurite", true, instance.Endpoints.BlobUri.ToString(), instance.Pid, instance.DataPath, null)
        {
            StartedBy = instance.StartedBy,
            StartedByPid = instance.StartedByPid,
            StartedAt = instance.StartedAt,
            Persistent = instance.Persistent,
            UsedBy = holders.Where(h => h.Pid != Environment.ProcessId).Select(h => new StorageUser(h.Pid, h.Description)).ToList(),
            ConnectionString = instance.Endpoints.ConnectionString,
        };

    private static StorageStatus Stopped(string dataPath) =>
        new("azurite", false, null, null, dataPath, "not running (commands start it on demand; 'aisec storage start' keeps one running)");

    private static int Print(StorageStatus status, bool json)
    {
        if (json)
        {
            CliOutput.WriteJson(status);
        }
        else if (!status.Running)
        {
            Console.Out.WriteLine($"{status.Kind}: {status.Error}");
        }
        else if (status.Pid is { } pid)
        {
            var users = status.UsedBy is { Count: > 0 } u ? string.Join(", ", u.Select(x => $"{x.Description} (pid {x.Pid})")) : "nobody";
            Console.Out.WriteLine($"{status.Kind}: running at {status.Endpoint} (pid {pid}, data {status.DataPath})");
            Console.Out.WriteLine($"  started by {status.StartedBy} (pid {status.StartedByPid}) at {status.StartedAt:u}{(status.Persistent == true ? ", kept running" : "")}; used by {users}");
        }
        else
        {
            Console.Out.WriteLine($"{status.Kind}: reachable at {status.Endpoint}");
        }

        return status.Running || status.Kind == "azurite" ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static (string Root, AzuriteOptions Options, string DataPath) SharedFolder()
    {
        var root = RepositoryRoot.Require();
        var options = CliHost.LoadConfiguration().GetSection(AzuriteOptions.SectionName).Get<AzuriteOptions>() ?? new AzuriteOptions();
        var dataPath = options.ResolveDataPath(root)
            ?? throw new CliUsageException("Storage:Emulator:DataPath is empty, so every process keeps its own in-memory emulator and there is none to share");
        return (root, options, dataPath);
    }

    private static StorageOptions Configured() =>
        CliHost.LoadConfiguration().GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();

    private static void RejectConfiguredStorage()
    {
        if (Configured().IsConfigured)
        {
            throw new CliUsageException("storage is configured (Storage:ConnectionString or Storage:AccountUri), so the emulator is not used");
        }
    }

    private sealed record StorageStatus(string Kind, bool Running, string? Endpoint, int? Pid, string? DataPath, string? Error)
    {
        public string? StartedBy { get; init; }

        public int? StartedByPid { get; init; }

        public DateTimeOffset? StartedAt { get; init; }

        public bool? Persistent { get; init; }

        public IReadOnlyList<StorageUser>? UsedBy { get; init; }

        public string? ConnectionString { get; init; }
    }

    private sealed record StorageUser(int Pid, string Description);
}
