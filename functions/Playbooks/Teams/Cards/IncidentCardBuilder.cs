using System.Globalization;
using AiSec.Playbooks.Notifications;
using AiSec.Playbooks.Orchestration;

namespace AiSec.Playbooks.Teams.Cards;

/// <summary>
/// Draws an incident notice as an Adaptive Card 1.4: what happened (id, category, severity, title), what it touches
/// (assets with their risk level), what the role must do (step number, phase, action, role, deadline), the evidence,
/// and one <c>Action.OpenUrl</c> button per decision, each opening the approval page with that decision chosen.
/// Long lists are cut so the card stays under Teams' 28 KB.
/// </summary>
public static class IncidentCardBuilder
{
    private const int MaxAssets = 20;
    private const int MaxEvidence = 10;
    private const int MaxTextLength = 1_000;

    public static AdaptiveCard Build(IncidentCard card)
    {
        var notice = card.Notice;
        var incident = card.Incident;
        var body = new List<CardElement>
        {
            new Container(
            [
                new TextBlock(Headline(notice)) { Size = "small", Weight = "bolder", Color = notice.Kind == NoticeKinds.Escalation ? "attention" : "accent", Wrap = true },
                new TextBlock($"{incident.Severity.ToUpperInvariant()} · {incident.Title}") { Size = "large", Weight = "bolder", Wrap = true },
            ])
            { Style = incident.Severity is "sev1" or "sev2" ? "attention" : "emphasis" },
            new FactSet(
            [
                new Fact("Incident", incident.Id),
                new Fact("Category", incident.Category),
                new Fact("Severity", incident.Severity),
                new Fact("Status", incident.Status),
                new Fact("Detected", incident.DetectedAt.ToString("u", CultureInfo.InvariantCulture)),
            ]),
            new TextBlock(Cut(notice.Message)) { Wrap = true },
        };

        if (notice.Step is { } number && incident.Steps.FirstOrDefault(s => s.Number == number) is { } step)
        {
            body.Add(new TextBlock($"Step {step.Number}") { Weight = "bolder", Separator = true, Spacing = "medium" });
            body.Add(new FactSet(
            [
                new Fact("Phase", step.Phase),
                new Fact("Action", Cut(step.Automated && step.Run is not null ? $"{step.Action} ({step.Run})" : step.Action)),
                new Fact("Role", notice.Role == step.Role ? step.Role : $"{step.Role}, escalated to {notice.Role}"),
                new Fact("Deadline", (notice.Deadline ?? step.Deadline)?.ToString("u", CultureInfo.InvariantCulture) ?? "none"),
            ]));
        }

        if (card.Assets.Count > 0)
        {
            body.Add(new TextBlock("Affected assets") { Weight = "bolder", Separator = true, Spacing = "medium" });
            body.Add(new FactSet([.. card.Assets.Take(MaxAssets).Select(a => new Fact(Cut(a.Name, 200), a.RiskLevel ?? "not assessed"))]));
            if (card.Assets.Count > MaxAssets)
            {
                body.Add(new TextBlock($"… and {card.Assets.Count - MaxAssets} more") { IsSubtle = true });
            }
        }

        if (card.Evidence.Count > 0)
        {
            body.Add(new TextBlock("Evidence") { Weight = "bolder", Separator = true, Spacing = "medium" });
            body.Add(new TextBlock(string.Join("\n\n", card.Evidence.Take(MaxEvidence).Select(e => $"[{Markdown(e.Name)}]({e.Url}) sha256 {e.Sha256[..Math.Min(12, e.Sha256.Length)]}…"))) { Wrap = true });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = Buttons(card),
            FallbackText = $"{incident.Severity.ToUpperInvariant()} {incident.Id}: {Cut(notice.Message, 200)}",
        };
    }

    private static List<CardAction>? Buttons(IncidentCard card)
    {
        if (card.ApprovalPage is not { } page || card.Notice.Decisions is not { Count: > 0 } decisions)
        {
            return null;
        }

        return [.. decisions.Select(d => new OpenUrlAction(Label(d), new Uri($"{page}?decision={d}"))
        {
            Style = d == StepDecisions.Reject ? "destructive" : d == StepDecisions.Approve ? "positive" : null,
        })];
    }

    private static string Headline(IncidentNotice notice) => notice.Kind switch
    {
        NoticeKinds.StepAssigned => $"Action needed from {notice.Role}",
        NoticeKinds.Escalation => $"Escalated to {notice.Role}",
        NoticeKinds.Requirement => $"For the attention of {notice.Role}",
        _ => notice.Kind,
    };

    private static string Label(string decision) => decision switch
    {
        StepDecisions.Approve => "Approve",
        StepDecisions.Reject => "Reject",
        StepDecisions.Done => "Mark done",
        _ => decision,
    };

    private static string Cut(string text, int max = MaxTextLength) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Link text is Markdown in a TextBlock: brackets in a name would break the link.</summary>
    private static string Markdown(string text) => text.Replace("[", "(", StringComparison.Ordinal).Replace("]", ")", StringComparison.Ordinal);
}
