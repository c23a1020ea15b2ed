using System.Text.Json.Nodes;
using AiSec.Playbooks.Approvals;
using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Orchestration;
using AiSec.Playbooks.Teams.ActivityFeed;
using AiSec.Shared.Admin;
using AiSec.Shared.Incidents;
using AiSec.Testing;
using AiSec.Testing.Fakes;
using static AiSec.Playbooks.Tests.PlaybookHarness;

namespace AiSec.Playbooks.Tests.Teams;

/// <summary>
/// Direct notices in approvers' Teams activity feed (<c>Playbooks:Teams:Graph:Enabled</c>) against a fake Graph that
/// speaks <c>sendActivityNotificationToRecipients</c>: who is told, with what, and what happens when Graph throttles or is down.
/// </summary>
public sealed class ActivityFeedTests(AzuriteFixture azurite)
{
    private const string Alice = "a1111111-0000-0000-0000-000000000001";
    private const string Dave = "d4444444-0000-0000-0000-000000000004";
    private const string Bob = "b2222222-0000-0000-0000-000000000002";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_waiting_step_sends_the_product_activity_to_every_member_of_its_roles_group_with_the_approval_link()
    {
        await using var graph = await StartGraphAsync();
        await using var h = await PlaybookHarness.StartAsync(azurite, TestPlaybooks.Files(TestPlaybooks.Jailbreak), 0.05, TeamsSettings.ActivityFeed(graph));
        var id = await h.OpenJailbreakAsync();

        var timeline = await h.WaitForTimelineAsync(id, e => e.Message == "step_assigned to on_call_engineer via teams-activity: sent");
        var activity = Assert.Single(graph.Activities);
        var link = new Uri(activity["topic"]!["webUrl"]!.GetValue<string>());
        var view = await h.Get<ApprovalService>().OpenAsync(link.Segments[^1], Ct);

        Assert.Equal(ActivityFeedChannel.ActivityType, (string?)activity["activityType"]);
        Assert.Equal("6f0c4f1e-5b8a-4f5e-9b7a-a15ec0000001", (string?)activity["teamsAppId"]);
        Assert.Equal([Alice, Dave], activity["recipients"]!.AsArray().Select(r => (string)r!["userId"]!).Order(StringComparer.Ordinal));
        Assert.All(activity["recipients"]!.AsArray(), r => Assert.Equal("#microsoft.graph.aadUserNotificationRecipient", (string?)r!["@odata.type"]));
        Assert.Equal($"SEV3 {id}", (string?)activity["topic"]!["value"]);
        Assert.StartsWith("http://127.0.0.1:7071/api/approvals/", link.ToString(), StringComparison.Ordinal);
        Assert.Equal((id, 1, "on_call_engineer"), (view.Incident.Id, view.Token.Step, view.Token.Role));
        Assert.Equal(StepDecisions.All, view.Token.Decisions);
        Assert.Equal(Parameters(("incident", id), ("role", "on_call_engineer")), activity["templateParameters"]!.ToJsonString());
        Assert.Equal(1, graph.Count("GET", $"/groups/{TeamsSettings.OnCallGroup}/transitiveMembers"));
        var sent = timeline.Single(e => e.Message == "step_assigned to on_call_engineer via teams-activity: sent");
        Assert.Equal("activity feed of 2 member(s) of the on_call_engineer group", (string?)sent.Details!["detail"]);
    }

    [Fact]
    public async Task A_throttled_activity_notice_is_retried_after_graph_says_when_and_then_sent()
    {
        await using var graph = await StartGraphAsync();
        graph.Inject(new FakeFault("/teamwork/sendActivityNotificationToRecipients", 429, 2, retryAfter: "0", method: "POST"));
        await using var h = await PlaybookHarness.StartAsync(azurite, TestPlaybooks.Files(TestPlaybooks.Jailbreak), 0.05, TeamsSettings.ActivityFeed(graph));
        var id = await h.OpenJailbreakAsync();

        var timeline = await h.WaitForTimelineAsync(id, e => e.Message.StartsWith("step_assigned to on_call_engineer via teams-activity", StringComparison.Ordinal));

        Assert.Contains(timeline, e => e.Message == "step_assigned to on_call_engineer via teams-activity: sent");
        Assert.Equal(3, graph.Count("POST", "/teamwork/sendActivityNotificationToRecipients"));
        Assert.Contains(id, Assert.Single(graph.Activities).ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(StepStatus.Waiting, Step((await h.Incidents.GetAsync(id, Ct))!, 1).Status);
    }

    [Fact]
    public async Task When_graph_is_down_the_notice_fails_on_the_timeline_and_the_step_escalates_instead_of_the_activity_throwing()
    {
        await using var graph = await StartGraphAsync();
        graph.Inject(new FakeFault("/", 503, int.MaxValue));
        await using var h = await PlaybookHarness.StartAsync(azurite, TestPlaybooks.Files(TestPlaybooks.Jailbreak), 0.05, TeamsSettings.ActivityFeed(graph));
        var id = await h.OpenJailbreakAsync();

        var timeline = await h.WaitForTimelineAsync(id, e => e.Kind == TimelineKinds.Escalation);
        var escalated = await h.WaitForAsync(id, i => Step(i, 1).EscalationLevel >= 1);
        await h.Incidents.DecideAsync(id, 1, StepDecisions.Approve, Actor.Cli("alice"), null, h.Durable, Ct);
        var moved = await h.WaitForStepAsync(id, 3, StepStatus.Waiting);

        var failed = timeline.Single(e => e.Message == "step_assigned to on_call_engineer via teams-activity: failed");
        Assert.Contains("503", (string?)failed.Details!["detail"], StringComparison.Ordinal);
        Assert.Contains("transitiveMembers", (string?)failed.Details!["detail"], StringComparison.Ordinal);
        Assert.Contains(timeline, e => e.Kind == TimelineKinds.Escalation && e.Message == "step 1 escalated on notice_failed to ai_security_lead");
        Assert.Empty(graph.Activities);
        Assert.Equal(StepStatus.Escalated, Step(escalated, 1).Status);
        Assert.Equal((StepStatus.Done, "cli:alice"), (Step(moved, 1).Status, Step(moved, 1).DecidedBy));
    }

    private static async Task<FakeGraph> StartGraphAsync()
    {
        var graph = await FakeGraph.StartAsync(Ct);
        graph.AddGroup(TeamsSettings.OnCallGroup, Alice, Dave);
        graph.AddGroup(TeamsSettings.LeadGroup, Bob);
        graph.AddGroup(TeamsSettings.CisoGroup, Bob);
        return graph;
    }

    private static string Parameters(params (string Name, string Value)[] parameters) =>
        new JsonArray([.. parameters.Select(p => new JsonObject { ["name"] = p.Name, ["value"] = p.Value })]).ToJsonString();
}
