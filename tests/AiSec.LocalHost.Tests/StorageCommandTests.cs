using System.Text.Json;
using AiSec.Testing;

namespace AiSec.LocalHost.Tests;

/// <summary>`aisec storage start|status|stop` with its own state folder, so a developer's Azurite is never touched.</summary>
public sealed class StorageCommandTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("aisec-state-").FullName;

    private Dictionary<string, string?> Settings => new()
    {
        ["AISEC_STATE_DIR"] = _state,
        ["Storage:Emulator:DataPath"] = Path.Combine(_state, "data"),
    };

    [Fact]
    public async Task Start_keeps_azurite_running_for_status_and_stop_ends_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var start = await CliRunner.RunAsync(["storage", "start", "--json"], Settings, cancellationToken: ct);
        Assert.Equal(0, start.ExitCode);
        var pid = JsonDocument.Parse(start.StdOut).RootElement.GetProperty("pid").GetInt32();

        var status = await CliRunner.RunAsync(["storage", "status", "--json"], Settings, cancellationToken: ct);
        Assert.True(JsonDocument.Parse(status.StdOut).RootElement.GetProperty("running").GetBoolean());

        var again = await CliRunner.RunAsync(["storage", "start", "--json"], Settings, cancellationToken: ct);
        Assert.Equal(pid, JsonDocument.Parse(again.StdOut).RootElement.GetProperty("pid").GetInt32());

        var stop = await CliRunner.RunAsync(["storage", "stop", "--json"], Settings, cancellationToken: ct);
        Assert.Equal(0, stop.ExitCode);
        Assert.True(JsonDocument.Parse(stop.StdOut).RootElement.GetProperty("stopped").GetBoolean());

        var after = await CliRunner.RunAsync(["storage", "status", "--json"], Settings, cancellationToken: ct);
        Assert.False(JsonDocument.Parse(after.StdOut).RootElement.GetProperty("running").GetBoolean());
    }

    [Fact]
    public async Task Malformed_setting_value_is_reported_as_invalid_configuration()
    {
        var settings = new Dictionary<string, string?>(Settings) { ["Storage:Emulator:BlobPort"] = "not-a-number" };

        var result = await CliRunner.RunAsync(["storage", "start"], settings, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Storage:Emulator:BlobPort", result.StdErr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        // Stop anything a failed assertion left behind before removing its folder.
        var record = AiSec.LocalHost.Emulator.EmulatorInstance.Read(Path.Combine(_state, "data.json"));
        if (record is not null && AiSec.LocalHost.Emulator.ProcessSignals.IsAlive(record.Pid))
        {
            AiSec.LocalHost.Emulator.ProcessSignals.Kill(record.Pid);
        }

        Directory.Delete(_state, recursive: true);
    }
}
