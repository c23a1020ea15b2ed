using AiSec.Testing;

namespace AiSec.Program.Tests;

/// <summary>One seeded local host shared by the tests that only read the dashboard.</summary>
public sealed class SeededDashboard : IAsyncLifetime
{
    private ProgramHost? _host;

    internal ProgramHost Host => _host ?? throw new InvalidOperationException("not started");

    internal DashboardSeed.Seeded Seed { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        _host = await ProgramHost.StartAsync(azurite);
        Seed = await DashboardSeed.SeedAsync(_host, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
