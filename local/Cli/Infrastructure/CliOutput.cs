using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiSec.Cli.Infrastructure;

/// <summary>Machine output (<c>--json</c>) on stdout, messages on stderr.</summary>
public static class CliOutput
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Output goes to terminals and scripts, not HTML: keep quotes and non-ASCII readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void WriteJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Json));

    /// <summary>One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.</summary>
    public static string Csv(string? value) =>
        value is null ? ""
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;

    public static int Fail(int exitCode, string message)
    {
        Console.Error.WriteLine($"aisec: error: {message}");
        return exitCode;
    }

    public static void Info(string message) => Console.Error.WriteLine(message);
}
