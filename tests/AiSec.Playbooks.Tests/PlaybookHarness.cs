using AiSec.Discovery;
using AiSec.Guardrail;
using AiSec.LocalHost;
using AiSec.Playbooks.Incidents;
using AiSec.Risk;
using AiSec.Shared.Admin;
using AiSec.Shared.Audit;
using AiSec.Shared.Incidents;
using AiSec.Shared.Storage;
using AiSec.Testing;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Playbooks.Tests;

/// <summary>
/// The Playbooks capability on the run's Azurite (its own storage prefix) with its orchestration on Durable Task's
/// in-memory test host: orchestration logic at full speed, every activity against real storage and real services.
/// </summary>
public sealed class PlaybookHarness : IAsyncDisposable
{
    private readonly DurableTaskTestHost _host;
    private readonly string _folder;

    private PlaybookHarness(DurableTaskTestHost host, string folder, string prefix)
    {
        _host = host;
        _folder = folder;
        Prefix = prefix;
    }

    public string Prefix { get; }

    public IServiceProvider Services => _host.Services;

    public DurableTaskClient Durable => _host.Client;

    public IncidentService Incidents => Services.GetRequiredService<IncidentService>();

    /// <param name="playbooks">Playbook files (name → YAML) that replace the shipped ones in this harness.</param>
    /// <param name="extra">Further settings (Teams channels, roles, Graph) over the harness's own.</param>
    public static async Task<PlaybookHarness> StartAsync(
        AzuriteFixture azurite, IReadOnlyDictionary<string, string>? playbooks = null, double timeScale = 0.002, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var folder = Directory.CreateTempSubdirectory("aisec-pb-").FullName;
        foreach (var (name, text) in playbooks ?? new Dictionary<string, string>())
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name), text);
        }

        var prefix = AzuriteFixture.NewPrefix();
        var settings = new Dictionary<string, string?>(azurite.Settings(prefix))
        {
            ["Playbooks:Directory"] = folder,
            ["Playbooks:TimeScale"] = timeScale.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Audit:SigningKey:PemPath"] = Path.Combine(folder, "audit.pem"),
            ["Audit:BatchLinger"] = "00:00:00",
            ["Playbooks:Approvals:SigningKey:Path"] = Path.Combine(folder, "approval.key"),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await AiSecStorage.FromConnectionString(azurite.ConnectionString, prefix).EnsureCreatedAsync(CancellationToken.None);
        var host = await StartTestHostAsync(configuration);
        return new PlaybookHarness(host, folder, prefix);
    }

    /// <summary>
    /// Durable Task's in-memory host on a free port. Test projects run in parallel, so a port found free can be taken
    /// before the host binds it: then another one is tried.
    /// </summary>
    private static async Task<DurableTaskTestHost> StartTestHostAsync(IConfiguration configuration)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await DurableTaskTestHost.StartAsync(
                    PlaybooksServiceCollectionExtensions.RegisterTasks,
                    new DurableTaskTestHostOptions
                    {
                        Port = LoopbackPort.Free(),
                        ConfigureServices = services =>
                        {
                            services.AddSingleton<IConfiguration>(configuration);
                            services.AddSingleton(TimeProvider.System);
                            services.AddAiSecStorage(configuration);
                            services.AddAuditLog(configuration);
                            services.AddGuardrail(configuration);
                            services.AddRisk(configuration);
                            services.AddDiscovery(configuration);
                            services.AddPlaybooks(configuration);
                        },
                    },
                    TestContext.Current.CancellationToken);
            }
            catch (IOException ex) when (attempt < 5 && ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
            }
        }
    }


    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Opens a jailbreak_bypass incident about a fresh app, as the CLI would; its id.</summary>
    public async Task<string> OpenJailbreakAsync(string? severity = null) =>
        (await Incidents.OpenAsync(
            new OpenIncidentRequest { Category = "jailbreak_bypass", Title = "Jailbreak reached the model", Severity = severity, Subjects = new IncidentSubjects { Apps = [Guid.NewGuid().ToString("N")] } },
            Actor.Cli("tester"), Durable, TestContext.Current.CancellationToken)).Incident.Id;

    /// <summary>Polls the incident until <paramref name="done"/> holds; the incident as last read either way.</summary>
    public async Task<Incident> WaitForAsync(string id, Func<Incident, bool> done, TimeSpan? timeout = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var incident = await Incidents.GetAsync(id, TestContext.Current.CancellationToken) ?? throw new InvalidOperationException($"no incident {id}");
            if (done(incident) || watch.Elapsed > (timeout ?? TimeSpan.FromSeconds(60)))
            {
                return incident;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Polls the timeline until an entry matches; the timeline as last read either way.</summary>
    public async Task<IReadOnlyList<TimelineEntry>> WaitForTimelineAsync(string id, Func<TimelineEntry, bool> match, TimeSpan? timeout = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var timeline = await Incidents.TimelineAsync(id, TestContext.Current.CancellationToken);
            if (timeline.Any(match) || watch.Elapsed > (timeout ?? TimeSpan.FromSeconds(60)))
            {
                return timeline;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public Task<Incident> WaitForStepAsync(string id, int step, string status, TimeSpan? timeout = null) =>
        WaitForAsync(id, i => i.Steps.Single(s => s.Number == step).Status == status, timeout);

    public static IncidentStepState Step(Incident incident, int number) => incident.Steps.Single(s => s.Number == number);

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
