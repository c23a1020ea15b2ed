using System.Text.Json.Serialization;

namespace AiSec.Playbooks.Teams.Cards;

/// <summary>
/// A card button. Only <c>Action.OpenUrl</c>: buttons that post back (<c>Action.Submit</c>, <c>Action.Execute</c>) need a
/// bot, and a Workflows webhook has none, so every decision is taken on the product's own approval page.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction(string Title)
{
    /// <summary>default, positive, destructive.</summary>
    public string? Style { get; init; }
}

public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title);
