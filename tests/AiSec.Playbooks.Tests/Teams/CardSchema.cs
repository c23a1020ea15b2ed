using System.Text.Json;
using System.Text.Json.Nodes;
using AiSec.Playbooks.Teams.Cards;
using Json.Schema;

namespace AiSec.Playbooks.Tests.Teams;

/// <summary>The Adaptive Card 1.4 schema the product ships (embedded in AiSec.Playbooks), for checking cards.</summary>
internal static class CardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(AdaptiveCard).Assembly.GetManifestResourceStream("AiSec.Playbooks.Teams.Cards.adaptive-card-1.4.schema.json")!;
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    });

    /// <returns>The schema's errors, empty when the card is valid.</returns>
    public static IReadOnlyList<string> Errors(JsonNode card)
    {
        using var json = JsonDocument.Parse(card.ToJsonString());
        var result = Schema.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? [] : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }
}
