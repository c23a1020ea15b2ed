using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiSec.LocalHost;
using AiSec.Testing;

namespace AiSec.LocalHost.Tests;

/// <summary>
/// What a new user does with two terminals: `aisec serve` in one, CLI commands in the other. Both must use the one
/// Azurite of the data folder, so every change the CLI makes is visible to the host, and no second emulator ever
/// writes the same folder.
/// </summary>
public sealed class SharedEmulatorTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _state = Directory.CreateTempSubdirectory("aisec-shared-").FullName;

    private string DataPath => Path.Combine(_state, "azurite");

    private Dictionary<string, string?> Settings => new()
    {
        ["AISEC_STATE_DIR"] = _state,
        ["Storage:Emulator:DataPath"] = DataPath,
        ["Storage:ConnectionString"] = "",
        ["Guardrail:RefreshInterval"] = "00:00:00.500",
    };

    [Fact]
    public async Task Changes_made_by_cli_processes_are_visible_to_a_running_host()
    {
        var port = LoopbackPort.Free();
        using var serve = StartServe(port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        await PollHealthAsync(http);

        var created = await Cli("guard", "keys", "create", "--app", "demo", "--json");
        var key = JsonDocument.Parse(created.StdOut).RootElement.GetProperty("key").GetString()!;
        var allowed = await EventuallyAsync(() => CheckAsync(http, key, "What is the capital of France?"), r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);

        Assert.Equal(0, (await Cli("guard", "rules", "add", "zanzibar wombat protocol", "--app", "demo")).ExitCode);
        var blocked = await EventuallyAsync(
            async () => await (await CheckAsync(http, key, "please run the zanzibar wombat protocol now")).Content.ReadFromJsonAsync<JsonElement>(Ct),
            body => body.GetProperty("decision").GetString() == "block");
        Assert.Equal("block", blocked.GetProperty("decision").GetString());

        var asset = Path.Combine(_state, "asset.json");
        await File.WriteAllTextAsync(asset, """{"name":"support-kb","assetType":"vector_database","owner":"kb-team"}""", Ct);
        Assert.Equal(0, (await Cli("assets", "add", "--file", asset)).ExitCode);
        using var listed = await http.GetAsync(new Uri("/api/assets/manual:support-kb", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);

        var status = JsonDocument.Parse((await Cli("storage", "status", "--json")).StdOut).RootElement;
        Assert.True(status.GetProperty("running").GetBoolean());
        Assert.StartsWith("aisec serve", status.GetProperty("startedBy").GetString(), StringComparison.Ordinal);
        Assert.Equal(serve.Id, status.GetProperty("startedByPid").GetInt32());
        Assert.Equal(1, StartsInLog());
    }

    [Fact]
    public async Task A_host_keeps_using_the_emulator_after_the_process_that_started_it_lets_go()
    {
        var options = new AiSec.LocalHost.Emulator.AzuriteOptions { DataPath = DataPath };
        var lease = await AiSec.LocalHost.Emulator.SharedAzurite.AttachAsync(RepositoryPaths.Root, options, DataPath, "test", persistent: false, Ct);
        var port = LoopbackPort.Free();
        using var serve = StartServe(port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        await PollHealthAsync(http);

        lease.Dispose();
        await Task.Delay(TimeSpan.FromSeconds(4), Ct); // longer than the emulator's 2 s idle grace

        Assert.True(AiSec.LocalHost.Emulator.ProcessSignals.IsAlive(lease.Instance.Pid));
        var health = await http.GetStringAsync(new Uri("/api/health", UriKind.Relative), Ct);
        Assert.Contains("\"storage\":{\"status\":\"healthy\"", health, StringComparison.Ordinal);
        Assert.Equal(1, StartsInLog());
    }

    [Fact]
    public async Task Concurrent_commands_start_one_emulator_between_them()
    {
        var commands = Enumerable.Range(0, 3).Select(_ => StartCli("guard", "keys", "list", "--json")).ToList();
        foreach (var command in commands)
        {
            await command.WaitForExitAsync(Ct);
            Assert.Equal(0, command.ExitCode);
            command.Dispose();
        }

        Assert.Equal(1, StartsInLog());
    }

    [Fact]
    public async Task The_emulator_stops_once_a_killed_host_was_its_last_user_and_status_cleans_up()
    {
        var port = LoopbackPort.Free();
        using var serve = StartServe(port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        await PollHealthAsync(http);
        var pid = JsonDocument.Parse((await Cli("storage", "status", "--json")).StdOut).RootElement.GetProperty("pid").GetInt32();

        serve.Kill(entireProcessTree: false); // SIGKILL: no chance to let go of the emulator
        await serve.WaitForExitAsync(Ct);

        Assert.True(await WaitUntilAsync(() => !AiSec.LocalHost.Emulator.ProcessSignals.IsAlive(pid), TimeSpan.FromSeconds(30)), $"Azurite (pid {pid}) outlived its last user");
        var status = JsonDocument.Parse((await Cli("storage", "status", "--json")).StdOut).RootElement;
        Assert.False(status.GetProperty("running").GetBoolean());
        Assert.False(File.Exists(DataPath + ".json"), "the stale discovery record was not removed");
    }

    /// <summary>Azurite announces each start in the folder's log; one start per emulator process.</summary>
    private int StartsInLog() =>
        File.Exists(DataPath + ".log")
            ? File.ReadAllLines(DataPath + ".log").Count(l => l.Contains("Azurite Blob service is successfully listening", StringComparison.Ordinal))
            : 0;

    private Task<CliRunner.Result> Cli(params string[] args) => CliRunner.RunAsync(args, Settings, cancellationToken: Ct);

    private static async Task<HttpResponseMessage> CheckAsync(HttpClient http, string key, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/guardrail/check") { Content = JsonContent.Create(new { text }) };
        request.Headers.Add("x-api-key", key);
        return await http.SendAsync(request, Ct);
    }

    /// <summary>Emergency rules and keys reach the host on its next refresh; poll instead of guessing when.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value) || watch.Elapsed > TimeSpan.FromSeconds(30))
            {
                return value;
            }

            await Task.Delay(250, Ct);
        }
    }

    private Process StartServe(int port) => StartCli("serve", "--urls", $"http://127.0.0.1:{port}");

    private Process StartCli(params string[] args) => CliRunner.Start(args, Settings, Ct);

    private static async Task PollHealthAsync(HttpClient http)
    {
        for (var i = 0; i < 600; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/api/health", UriKind.Relative), Ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200, Ct);
        }

        throw new TimeoutException("the host never answered /api/health");
    }

    private static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(200, Ct);
        }

        return condition();
    }


    public void Dispose()
    {
        // Stop whatever a failed assertion left running before removing its folder.
        var record = AiSec.LocalHost.Emulator.EmulatorInstance.Read(DataPath + ".json");
        if (record is not null && AiSec.LocalHost.Emulator.ProcessSignals.IsAlive(record.Pid))
        {
            AiSec.LocalHost.Emulator.ProcessSignals.Kill(record.Pid);
        }

        Directory.Delete(_state, recursive: true);
    }
}
