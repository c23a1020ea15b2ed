using AiSec.Discovery;
using AiSec.Guardrail;
using AiSec.Playbooks.Actions;
using AiSec.Playbooks.Definitions;
using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Orchestration;
using AiSec.Risk;
using AiSec.Shared.Audit;
using AiSec.Shared.Storage;
using AiSec.Testing;
using AiSec.Testing.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Playbooks.Tests.Actions;

/// <summary>
/// The playbook actions as the hosts register them (the Functions app's capability set), with Microsoft Graph and
/// Resource Manager pointed at the fakes through their real settings, and retry delays short enough for tests.
/// </summary>
public sealed class ActionsHarness : IAsyncDisposable
{
    private readonly string _keyDirectory;

    private ActionsHarness(FakeGraph graph, FakeArm arm, ServiceProvider services, string keyDirectory)
    {
        Graph = graph;
        Arm = arm;
        Services = services;
        _keyDirectory = keyDirectory;
    }

    /// <summary>Azure issues subscription ids as GUIDs, and Azure.Core's resource id parser insists on one.</summary>
    public const string Subscription = "6c1f0b7e-5d4a-4c3b-8a29-0000000000a1";

    public FakeGraph Graph { get; }

    public FakeArm Arm { get; }

    public ServiceProvider Services { get; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <param name="settings">Settings that replace the defaults (a null value removes one).</param>
    public static async Task<ActionsHarness> StartAsync(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var graph = await FakeGraph.StartAsync(Ct);
        var arm = await FakeArm.StartAsync(Ct);
        var keyDirectory = Directory.CreateTempSubdirectory("aisec-actions-").FullName;
        var values = new Dictionary<string, string?>(azurite.Settings(AzuriteFixture.NewPrefix()))
        {
            ["Audit:SigningKey:PemPath"] = Path.Combine(keyDirectory, "audit-signing.pem"),
            ["Discovery:Azure:Enabled"] = "true",
            ["Discovery:Azure:ResourceManagerEndpoint"] = arm.Endpoint.ToString(),
            ["Discovery:Azure:Credential"] = "static-token",
            ["Discovery:Azure:AccessToken"] = FakeArm.Token,
            ["Discovery:Azure:MaxRetries"] = "2",
            ["Discovery:Azure:RetryDelay"] = "00:00:00.010",
            ["Discovery:Azure:MaxRetryDelay"] = "00:00:00.050",
            ["Playbooks:Graph:Enabled"] = "true",
            ["Playbooks:Graph:BaseUrl"] = graph.BaseUrl.ToString(),
            ["Playbooks:Graph:Credential"] = "static-token",
            ["Playbooks:Graph:AccessToken"] = FakeGraph.Token,
            ["Playbooks:Graph:MaxRetries"] = "2",
            ["Playbooks:Graph:RetryDelay"] = "00:00:00",
            ["Playbooks:Actions:PollInterval"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new ActionsHarness(graph, arm, Build(values), keyDirectory);
    }

    /// <summary>The services the Functions app registers, minus its telemetry.</summary>
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddAiSecStorage(configuration);
        services.AddAuditLog(configuration);
        services.AddGuardrail(configuration);
        services.AddDiscovery(configuration);
        services.AddRisk(configuration);
        services.AddPlaybooks(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public IPlaybookAction Action(string name) => Services.GetRequiredService<ActionCatalog>().Get(name);

    public Task<ActionOutcome> RunAsync(string action, Incident incident, bool dryRun = false, CancellationToken? cancellationToken = null) =>
        Action(action).RunAsync(Request(incident, action, dryRun), cancellationToken ?? Ct);

    public static ActionRequest Request(Incident incident, string action, bool dryRun = false) =>
        new(incident, Step(action), PlaybookActor.For(incident.Id), dryRun, TimeSpan.FromMinutes(5));

    public static Incident Incident(IReadOnlyList<string>? assets = null, IncidentSubjects? subjects = null) => new()
    {
        Id = "INC-TEST-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
        Category = IncidentCategory.DataExfiltrationViaModel,
        Severity = "sev2",
        Title = "test incident",
        AffectedAssets = assets ?? [],
        Subjects = subjects ?? new IncidentSubjects(),
    };

    private static PlaybookStep Step(string action) => new()
    {
        Number = 3,
        Phase = "containment",
        Action = "contain: " + action,
        ResponsibleRole = "on_call_engineer",
        Automated = true,
        Run = action,
        TimeoutMinutes = 5,
    };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Graph.DisposeAsync();
        await Arm.DisposeAsync();
        Directory.Delete(_keyDirectory, recursive: true);
    }
}
