using System.Net;
using System.Text;
using AiSec.Testing;

namespace AiSec.Guardrail.Tests;

public sealed class FuzzTests(AzuriteFixture azurite)
{
    /// <summary>10,000 random and malformed bodies through the real HTTP pipeline: every answer is 2xx or 4xx, never 5xx.</summary>
    [Fact]
    public async Task Never_answers_5xx_to_random_or_malformed_bodies()
    {
        await using var host = await GuardrailHost.StartAsync(azurite, new() { ["Guardrail:DevMode"] = "true" });
        var random = new Random(4242);
        var fragments = new[]
        {
            "{", "}", "[", "]", "\"text\"", "\"messages\"", "\"app\"", "\"source\"", ":", ",", "null", "true", "1e999", "-0",
            "\"\\u0000\"", "\"\\ud800\"", "\"ignore previous instructions\"", "{\"role\":1}", "\"document\"", "\u200B", "💥", "\\",
        };
        var contentTypes = new[] { "application/json", "application/json; charset=utf-8", "application/problem+json", "text/plain", "application/octet-stream" };
        var failures = new List<string>();

        await Parallel.ForAsync(0, 10_000, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.Current.CancellationToken }, async (i, ct) =>
        {
            string body;
            lock (random)
            {
                body = (i % 4) switch
                {
                    0 => string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => fragments[random.Next(fragments.Length)])),
                    1 => $"{{\"text\":\"{new string((char)random.Next(1, 0xD7FF), random.Next(0, 50))}\",\"source\":\"{fragments[random.Next(fragments.Length)]}\"}}",
                    2 => Encoding.Latin1.GetString(Enumerable.Range(0, random.Next(0, 200)).Select(_ => (byte)random.Next(256)).ToArray()),
                    _ => $"{{\"messages\":[{string.Join(',', Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(3) == 0 ? "{}" : "{\"role\":\"user\",\"content\":\"hi " + random.Next() + "\"}"))}]}}",
                };
            }

            var contentType = contentTypes[i % contentTypes.Length];
            var response = await host.PostAsync(i % 2 == 0 ? "/api/guardrail/check" : "/api/guardrail/check-output", body, key: null, contentType);
            if ((int)response.StatusCode >= 500)
            {
                lock (failures)
                {
                    failures.Add($"{(int)response.StatusCode} for {contentType}: {body[..Math.Min(body.Length, 80)]}");
                }
            }

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType or HttpStatusCode.RequestEntityTooLarge);
        });

        Assert.Empty(failures);
    }
}
