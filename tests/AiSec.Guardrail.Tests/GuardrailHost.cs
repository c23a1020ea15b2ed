using System.Net.Http.Headers;
using System.Text;
using AiSec.Guardrail.Admin;
using AiSec.Guardrail.Policy;
using AiSec.Guardrail.State;
using AiSec.Shared.Admin;
using AiSec.Shared.Storage;
using AiSec.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Guardrail.Tests;

/// <summary>The local host with the guardrail on a test server, its own storage prefix, and helpers to call it.</summary>
internal sealed class GuardrailHost : IAsyncDisposable
{
    private readonly LocalHostFactory _factory;

    private GuardrailHost(LocalHostFactory factory, HttpClient client)
    {
        _factory = factory;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public GuardrailAdmin Admin => Services.GetRequiredService<GuardrailAdmin>();

    public static Actor Actor { get; } = Actor.Cli("guardrail-tests");

    public AiSecStorage Storage => Services.GetRequiredService<AiSecStorage>();

    public static async Task<GuardrailHost> StartAsync(AzuriteFixture azurite, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Guardrail:RefreshInterval"] = "00:00:00.200", ["Guardrail:CounterFlushInterval"] = "00:00:00.500" };
        foreach (var (k, v) in settings ?? [])
        {
            all[k] = v;
        }

        var factory = new LocalHostFactory(azurite, all);
        var client = factory.CreateClient();
        await factory.Services.GetRequiredService<GuardrailState>().Loaded.WaitAsync(TimeSpan.FromSeconds(60));
        return new GuardrailHost(factory, client);
    }

    /// <summary>Creates a key for <paramref name="app"/> (with an optional policy) and waits until the host knows it.</summary>
    public async Task<string> CreateKeyAsync(string app, GuardrailPolicy? policy = null)
    {
        var created = await Admin.CreateKeyAsync(app, Actor, CancellationToken.None);
        if (policy is not null)
        {
            await Admin.SetPolicyAsync(app, policy, Actor, CancellationToken.None);
        }

        await RefreshAsync();
        return created.Key;
    }

    public Task RefreshAsync() => Services.GetRequiredService<GuardrailState>().RefreshAsync(CancellationToken.None);

    public Task<HttpResponseMessage> PostAsync(string path, string body, string? key, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (key is not null)
        {
            request.Headers.Add("x-api-key", key);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}
