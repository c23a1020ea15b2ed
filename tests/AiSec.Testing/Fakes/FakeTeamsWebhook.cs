using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AiSec.Testing.Fakes;

/// <summary>
/// A Teams Workflows webhook ("when a Teams webhook request is received" → post card to a channel) as the product sees
/// it: <c>POST</c> of <c>{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",
/// "content":{…}}]}</c> answered 202 Accepted with an empty body; a malformed body is a 400. Faults are injected per
/// path (<see cref="FakeFault"/>: 429 with Retry-After, 5xx), and <see cref="Down"/> answers 503 to everything.
/// </summary>
public sealed class FakeTeamsWebhook : IAsyncDisposable
{
    private readonly ConcurrentQueue<Post> _posts = new();
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private readonly ConcurrentQueue<(DateTimeOffset At, string Path)> _attempts = new();
    private FakeHttpServer? _server;

    /// <summary>A card the fake accepted: the channel path it was posted to, and the card.</summary>
    public sealed record Post(string Path, JsonObject Card, DateTimeOffset At);

    public IReadOnlyCollection<Post> Posts => _posts;

    /// <summary>Every request, accepted or not, with its arrival time.</summary>
    public IReadOnlyCollection<(DateTimeOffset At, string Path)> Attempts => _attempts;

    /// <summary>Answer 503 to every request (Teams or the flow is down).</summary>
    public bool Down { get; set; }

    /// <summary>A webhook URL for a channel; each path is a separate "URL" to the product.</summary>
    public string UrlFor(string channel) =>
        new Uri(_server?.Address ?? throw new InvalidOperationException("Start the fake first."), $"workflows/{channel}/triggers/manual/paths/invoke?sig=fake").ToString();

    public static async Task<FakeTeamsWebhook> StartAsync(CancellationToken cancellationToken = default)
    {
        var fake = new FakeTeamsWebhook();
        fake._server = await FakeHttpServer.StartAsync(fake.HandleAsync, cancellationToken);
        return fake;
    }

    public void Inject(FakeFault fault) => _faults.Enqueue(fault);

    /// <summary>Waits until a card whose text contains <paramref name="contains"/> arrived; the post.</summary>
    public async Task<Post> WaitForCardAsync(Func<Post, bool> match, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (_posts.FirstOrDefault(match) is { } post)
            {
                return post;
            }

            if (watch.Elapsed > (timeout ?? TimeSpan.FromSeconds(60)))
            {
                throw new TimeoutException($"No matching card arrived; {_posts.Count} card(s) did.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        _attempts.Enqueue((TimeProvider.System.GetUtcNow(), path));
        if (Down)
        {
            context.Response.StatusCode = 503;
            return;
        }

        foreach (var fault in _faults)
        {
            if (fault.Fires(path, context.Request.Method))
            {
                context.Response.StatusCode = fault.Status;
                if (fault.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = fault.RetryAfter;
                }

                return;
            }
        }

        if (context.Request.Method != "POST" || context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            context.Response.StatusCode = 400;
            return;
        }

        JsonObject? message;
        try
        {
            message = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            message = null;
        }

        if (message?["type"]?.GetValue<string>() != "message" || message["attachments"] is not JsonArray { Count: 1 } attachments
            || attachments[0]?["contentType"]?.GetValue<string>() != "application/vnd.microsoft.card.adaptive"
            || attachments[0]?["content"] is not JsonObject card)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync("Invalid request: expected a message with one Adaptive Card attachment.");
            return;
        }

        _posts.Enqueue(new Post(path, (JsonObject)card.DeepClone(), TimeProvider.System.GetUtcNow()));
        context.Response.StatusCode = 202;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
