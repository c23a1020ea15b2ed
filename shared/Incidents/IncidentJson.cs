using System.Text.Json;

namespace AiSec.Shared.Incidents;

/// <summary>How the list-valued columns of <see cref="IncidentEntity"/> are written and read: camelCase JSON.</summary>
public static class IncidentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<IncidentStepState> ReadSteps(IncidentEntity entity) =>
        JsonSerializer.Deserialize<List<IncidentStepState>>(entity.Steps, Options) ?? [];

    public static IReadOnlyList<string> ReadAffectedAssets(IncidentEntity entity) =>
        JsonSerializer.Deserialize<List<string>>(entity.AffectedAssets, Options) ?? [];

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
}
