using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Tests.Teams;
using AiSec.Shared.Incidents;
using AiSec.Testing;
using AiSec.Testing.Fakes;
using static AiSec.Playbooks.Tests.PlaybookHarness;

namespace AiSec.Playbooks.Tests;

/// <summary>
/// The playbook's <c>severity_escalation</c>: a waiting step without a timeout escalation of its own follows the chain
/// of the incident's severity, each role at its own minutes; a severity without a chain, or a step with its own, does not.
/// </summary>
public sealed class SeverityEscalationTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sev1_step_without_its_own_escalation_goes_up_the_sev1_chain_and_a_sev3_one_goes_nowhere()
    {
        await using var h = await PlaybookHarness.StartAsync(azurite, TestPlaybooks.Files(TestPlaybooks.SeverityChains), timeScale: 0.005);
        var sev1 = await h.OpenJailbreakAsync("sev1");
        var sev3 = await h.OpenJailbreakAsync("sev3");

        var sev1Done = await h.WaitForStepAsync(sev1, 2, StepStatus.TimedOut);
        var sev3Done = await h.WaitForStepAsync(sev3, 2, StepStatus.TimedOut);

        Assert.Equal((StepStatus.TimedOut, 2), (Step(sev1Done, 1).Status, Step(sev1Done, 1).EscalationLevel));
        Assert.Equal([(1, "timeout", "ai_security_lead", 1), (1, "timeout", "ciso", 2), (2, "timeout", "legal", 1)], await EscalationsAsync(h, sev1));
        Assert.Equal("sev1", sev1Done.Severity);
        Assert.Equal((StepStatus.TimedOut, 0), (Step(sev3Done, 1).Status, Step(sev3Done, 1).EscalationLevel));
        Assert.Equal([(2, "timeout", "legal", 1)], await EscalationsAsync(h, sev3));
        var told = await h.Incidents.TimelineAsync(sev1, Ct);
        Assert.Contains(told, e => e.Kind == TimelineKinds.Notification && e.Step == 1 && e.Message == "escalation to ai_security_lead via log: sent");
        Assert.Contains(told, e => e.Kind == TimelineKinds.Notification && e.Step == 1 && e.Message == "escalation to ciso via log: sent");
    }

    [Fact]
    public async Task A_sev1_step_whose_notice_reached_nobody_goes_to_the_chains_first_role_at_once_then_on_at_the_chains_minutes()
    {
        await using var teams = await FakeTeamsWebhook.StartAsync(Ct);
        teams.Inject(new FakeFault("/oncall/", 503, int.MaxValue));
        await using var h = await PlaybookHarness.StartAsync(azurite, TestPlaybooks.Files(TestPlaybooks.SeverityChains), 0.005, TeamsSettings.Channels(teams));
        var id = await h.OpenJailbreakAsync("sev1");

        var done = await h.WaitForStepAsync(id, 1, StepStatus.TimedOut);
        var toLead = await teams.WaitForCardAsync(p => p.Path.Contains("/lead/", StringComparison.Ordinal), cancellationToken: Ct);
        var toCiso = await teams.WaitForCardAsync(p => p.Path.Contains("/ciso/", StringComparison.Ordinal), cancellationToken: Ct);

        Assert.Equal([(1, "notice_failed", "ai_security_lead", 1), (1, "timeout", "ciso", 2)], (await EscalationsAsync(h, id)).Where(e => e.Step == 1));
        Assert.Equal(2, Step(done, 1).EscalationLevel);
        Assert.Contains(id, toLead.Card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Escalated to ciso", toCiso.Card.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>Each escalation on the timeline, in order: step, trigger, role told, level.</summary>
    private static async Task<List<(int? Step, string? Trigger, string? Role, int? Level)>> EscalationsAsync(PlaybookHarness h, string id) =>
        [.. (await h.Incidents.TimelineAsync(id, Ct)).Where(e => e.Kind == TimelineKinds.Escalation)
            .Select(e => (e.Step, e.Message.Split(' ')[4], (string?)e.Details!["role"], (int?)e.Details!["level"]))];
}
