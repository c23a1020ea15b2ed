using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiSec.Shared.Admin;

/// <summary>
/// How both hosts read an admin request's JSON body and answer a refused value: the same 400 problem naming the
/// field, whichever host and whichever capability.
/// </summary>
public static class AdminHttp
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // A misspelt field is refused by name rather than silently ignored.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <exception cref="InvalidInputException">Not JSON, not an object, an unknown field or a value of the wrong type.</exception>
    public static async Task<T> ReadBodyAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidInputException("body", "send a JSON object with Content-Type: application/json");
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Json, cancellationToken)
                ?? throw new InvalidInputException("body", "send a JSON object");
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
            throw new InvalidInputException(field, ex.Message.Split(" Path:", 2)[0]);
        }
    }

    public static ValidationProblem Problem(InvalidInputException refused) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [refused.Field] = [refused.Message] }, detail: refused.Message, title: "The request is not valid");
}
