using System.Text.Json;

namespace AiSec.Testing;

/// <summary>The <c>admin</c> audit stream as an auditor reads it: <c>aisec audit tail --stream admin --json</c>.</summary>
public static class AdminAuditTrail
{
    /// <summary>How the CLI records the person running it (the tests run the CLI as the same OS user).</summary>
    public static string CliActor => "cli:" + Environment.UserName;

    /// <summary>Every admin record, oldest first (each is a standalone element: the document is not kept).</summary>
    public static async Task<IReadOnlyList<JsonElement>> ReadAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var tail = await CliRunner.RunAsync(["audit", "tail", "--stream", "admin", "-n", "1000", "--json"], settings, cancellationToken: cancellationToken);
        if (tail.ExitCode != 0)
        {
            throw new InvalidOperationException($"aisec audit tail failed ({tail.ExitCode}): {tail.StdErr}");
        }

        using var json = JsonDocument.Parse(tail.StdOut);
        return [.. json.RootElement.EnumerateArray().Select(r => r.Clone())];
    }

    /// <summary>For <c>Assert.Single(records, r =&gt; AdminAuditTrail.Is(r, action, subject))</c>.</summary>
    public static bool Is(JsonElement record, string action, string subject) =>
        record.GetProperty("action").GetString() == action && record.GetProperty("subject").GetString() == subject;
}
