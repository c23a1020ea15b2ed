using System.Text.Json;
using System.Text.Json.Serialization;
using AiSec.Guardrail.Policy;
using AiSec.Shared.Admin;

namespace AiSec.Guardrail.Admin;

/// <summary>
/// A policy as people write it: the JSON <c>aisec guard policy show</c> prints. Unknown fields are refused, so a typo
/// never silently leaves the default in force; the result is validated.
/// </summary>
public static class PolicyDocument
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <exception cref="InvalidInputException">Not JSON, a field of the wrong type or unknown, or a value out of range.</exception>
    public static GuardrailPolicy Read(string json)
    {
        GuardrailPolicy? policy;
        try
        {
            policy = JsonSerializer.Deserialize<GuardrailPolicy>(json, Json);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is null or "$" ? "$" : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path;
            throw new InvalidInputException(field, Reason(ex, field));
        }

        return PolicyValidator.Validate(policy ?? throw new InvalidInputException("$", "expected a JSON object"));
    }

    /// <summary>System.Text.Json's message, without type names and positions people cannot use.</summary>
    private static string Reason(JsonException ex, string field) => ex.Message switch
    {
        var m when m.StartsWith("The JSON property", StringComparison.Ordinal) => "is not a policy field ('aisec guard policy show' prints them all)",
        var m when m.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) => field == "$" ? "expected a JSON object" : "has the wrong type",
        var m => "not valid JSON (" + m.Split(" Path:")[0].Split(" LineNumber")[0].Trim().TrimEnd('.') + ")",
    };
}
