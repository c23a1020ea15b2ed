using System.Net.Http.Headers;
using System.Text;
using AiSec.LocalHost;
using AiSec.LocalHost.Extensions;
using AiSec.Shared.Admin;
using AiSec.Shared.Storage;
using AiSec.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Program.Tests;

/// <summary>
/// The real local host on Kestrel (loopback, a free port) against the run's Azurite with a prefix of its own, so a
/// browser can load it; guardrail dev mode on, so tests can screen prompts without a key.
/// </summary>
internal sealed class ProgramHost : IAsyncDisposable
{
    public static Actor Actor { get; } = Actor.Cli("program-tests");

    private readonly WebApplication _app;

    private ProgramHost(WebApplication app, string prefix, IReadOnlyDictionary<string, string?> settings)
    {
        _app = app;
        Prefix = prefix;
        Settings = settings;
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        Client = new HttpClient { BaseAddress = new Uri(BaseUrl + "/") };
    }

    public string Prefix { get; }

    /// <summary>The storage and signing-key settings, for running the CLI against the same data.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public string BaseUrl { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public AiSecStorage Storage => Get<AiSecStorage>();

    public static async Task<ProgramHost> StartAsync(AzuriteFixture azurite)
    {
        var prefix = AzuriteFixture.NewPrefix();
        var settings = new Dictionary<string, string?>(azurite.Settings(prefix))
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Guardrail:DevMode"] = "true",
            // No checkpoint between two reads of the same figures (audit completeness counts vouched records).
            ["Audit:CheckpointInterval"] = "01:00:00",
            ["Audit:SigningKey:PemPath"] = Path.Combine(Path.GetTempPath(), $"aisec-program-{prefix}.pem"),
        };
        var app = LocalHostApp.Build(LocalHostApp.CreateBuilder([], settings));
        await app.StartAsync(TestContext.Current.CancellationToken);
        await app.Services.GetRequiredService<StorageInitializer>().Ready.WaitAsync(TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);
        return new ProgramHost(app, prefix, settings);
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        return Client.PostAsync(path.TrimStart('/'), content, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
