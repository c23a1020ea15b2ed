using System.Text.Json.Nodes;
using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Notifications;
using AiSec.Playbooks.Orchestration;
using AiSec.Playbooks.Teams.Cards;
using AiSec.Playbooks.Teams.Webhooks;
using AiSec.Shared.Incidents;

namespace AiSec.Playbooks.Tests.Teams;

/// <summary>Incident cards are valid Adaptive Card 1.4 (the shipped schema), fit Teams' 28 KB, and carry what responders need.</summary>
public sealed class IncidentCardTests
{
    private static readonly Uri Page = new("https://aisec.example.net/api/approvals/eyJ.token.sig");

    [Fact]
    public void A_step_card_is_valid_adaptive_card_1_4_with_a_button_per_decision()
    {
        var card = IncidentCardBuilder.Build(Card(assets: 2, evidence: 2));
        var json = JsonNode.Parse(card.ToJson())!;

        Assert.Empty(CardSchema.Errors(json));
        Assert.Equal("1.4", (string?)json["version"]);
        Assert.True(card.SizeInBytes() < AdaptiveCard.MaxBytes);
        var text = json.ToJsonString();
        foreach (var expected in new[] { "INC-20260101-abcdef12", "jailbreak_bypass", "sev1", "Jailbreak reached the model", "Block the attacker", "containment", "ai_security_lead", "asset-0", "high", "evidence-0" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var actions = json["actions"]!.AsArray();
        Assert.Equal(["Approve", "Reject"], actions.Select(a => (string)a!["title"]!));
        Assert.All(actions, a => Assert.Equal("Action.OpenUrl", (string?)a!["type"]));
        Assert.Equal($"{Page}?decision=approve", (string?)actions[0]!["url"]);
    }

    [Fact]
    public void A_card_for_a_huge_incident_is_cut_to_stay_under_28_kb_and_valid()
    {
        var card = IncidentCardBuilder.Build(Card(assets: 400, evidence: 200, title: new string('x', 200), message: new string('m', 50_000)));
        var json = JsonNode.Parse(card.ToJson())!;

        Assert.Empty(CardSchema.Errors(json));
        Assert.True(card.SizeInBytes() < AdaptiveCard.MaxBytes, $"{card.SizeInBytes()} bytes");
        Assert.True(WorkflowsMessage.Of(card).ToUtf8().Length < AdaptiveCard.MaxBytes + 200);
        Assert.Contains("and 380 more", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_check_rejects_a_property_adaptive_cards_do_not_have()
    {
        var json = JsonNode.Parse(IncidentCardBuilder.Build(Card(assets: 1, evidence: 0)).ToJson())!;
        json["body"]![0]!["bogus"] = 1;

        Assert.NotEmpty(CardSchema.Errors(json));
    }

    [Fact]
    public void A_notice_that_asks_for_no_decision_has_no_buttons()
    {
        var notice = new IncidentNotice("INC-20260101-abcdef12", NoticeKinds.Requirement, "ciso", "SEV1 jailbreak_bypass: required notice");
        var card = IncidentCardBuilder.Build(Card(assets: 0, evidence: 0) with { Notice = notice, ApprovalPage = null });

        Assert.Null(card.Actions);
        Assert.Empty(CardSchema.Errors(JsonNode.Parse(card.ToJson())!));
    }

    private static IncidentCard Card(int assets, int evidence, string title = "Jailbreak reached the model", string message = "Step 3 (containment): approve or reject") => new(
        new IncidentNotice("INC-20260101-abcdef12", NoticeKinds.Escalation, "ai_security_lead", message, 3, DateTimeOffset.Parse("2026-01-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), [StepDecisions.Approve, StepDecisions.Reject]),
        new Incident
        {
            Id = "INC-20260101-abcdef12",
            Category = "jailbreak_bypass",
            Severity = "sev1",
            Title = title,
            AffectedAssets = [.. Enumerable.Range(0, assets).Select(i => $"asset-{i}")],
            Steps = [new IncidentStepState { Number = 3, Phase = "containment", Action = "Block the attacker's key", Role = "on_call_engineer", Automated = true, Run = "block_api_key", Status = StepStatus.Escalated }],
        },
        [.. Enumerable.Range(0, assets).Select(i => new AffectedAsset($"asset-{i}", $"asset-{i} " + new string('n', 150), i % 2 == 0 ? "high" : null))],
        [.. Enumerable.Range(0, evidence).Select(i => new EvidenceLink($"evidence-{i}", new string('a', 64), new Uri($"https://acct.blob.core.windows.net/evidence/INC/{i}.json")))],
        Page);
}
