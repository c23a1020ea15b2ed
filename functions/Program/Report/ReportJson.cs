using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiSec.Program.Report;

/// <summary>The report's JSON: the seed's snake_case field names, dictionary keys (categories) as they are.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Definitions hold "≥" and "−": readable in files and terminals; the page escapes for HTML itself.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ProgramReport report) => JsonSerializer.Serialize(report, Options);
}
