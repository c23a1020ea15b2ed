using System.Text.Json;
using System.Text.Json.Serialization;
using AiSec.Playbooks.Teams.Cards;

namespace AiSec.Playbooks.Teams.Webhooks;

/// <summary>
/// The body a Teams Workflows webhook takes ("Post card in a chat or channel"): a message with one Adaptive Card
/// attachment, <c>{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{…}}]}</c>.
/// </summary>
public sealed record WorkflowsMessage(IReadOnlyList<WorkflowsAttachment> Attachments)
{
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "message";

    public static WorkflowsMessage Of(AdaptiveCard card) => new([new WorkflowsAttachment(CardContentType, card)]);

    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, AdaptiveCard.Json);
}

public sealed record WorkflowsAttachment(string ContentType, AdaptiveCard Content)
{
    /// <summary>Null for an inline card; Workflows' card action expects the key.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
    public Uri? ContentUrl { get; init; }
}
