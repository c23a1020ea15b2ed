using System.Text;
using System.Text.Json.Nodes;
using AiSec.Playbooks.Approvals;
using AiSec.Playbooks.Http;
using AiSec.Playbooks.Incidents;
using AiSec.Playbooks.Notifications;
using AiSec.Playbooks.Orchestration;
using AiSec.Shared.Admin;
using AiSec.Shared.Incidents;
using AiSec.Testing;
using AiSec.Testing.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static AiSec.Playbooks.Tests.PlaybookHarness;

namespace AiSec.Playbooks.Tests.Teams;

/// <summary>
/// Decisions through signed approval links against the real orchestration and a fake Graph for role membership:
/// approve, reject and done; expired, tampered, replayed, wrong-step and already-decided links; non-members and
/// people involved in the incident; the SEV1 containment quorum; a late decision after an escalation; Graph throttling
/// or failing the membership check.
/// </summary>
public sealed class ApprovalLinkTests(AzuriteFixture azurite)
{
    private static readonly Approver Alice = Person("a1111111-0000-0000-0000-000000000001", "alice@contoso.com");
    private static readonly Approver Bob = Person("b2222222-0000-0000-0000-000000000002", "bob@contoso.com");
    private static readonly Approver Carol = Person("c3333333-0000-0000-0000-000000000003", "carol@contoso.com");
    private static readonly Approver Dave = Person("d4444444-0000-0000-0000-000000000004", "dave@contoso.com");
    private static readonly Approver Eve = Person("e5555555-0000-0000-0000-000000000005", "eve@contoso.com");
    private static readonly Approver Mallory = Person("f6666666-0000-0000-0000-000000000006", "mallory@contoso.com");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approve_reject_and_done_through_links_move_the_incident_to_resolution()
    {
        await using var graph = await StartGraphAsync();
        await using var h = await PlaybookHarness.StartAsync(azurite, TestPlaybooks.Files(TestPlaybooks.Jailbreak), 0.05, TeamsSettings.Roles(graph));
        var id = await h.OpenJailbreakAsync();

        await h.WaitForStepAsync(id, 1, StepStatus.Waiting);
        var approved = await DecideAsync(h, await LinkAsync(h, id, 1, "on_call_engineer"), StepDecisions.Approve, Alice, "true positive");
        await h.WaitForStepAsync(id, 3, StepStatus.Waiting);
        var rejected = await DecideAsync(h, await LinkAsync(h, id, 3, "ai_security_lead"), StepDecisions.Reject, Bob, "key is shared");
        await h.WaitForStepAsync(id, 4, StepStatus.Waiting);
        var done = await DecideAsync(h, await LinkAsync(h, id, 4, "ai_security_lead"), StepDecisions.Done, Carol, null);
        var resolved = await h.WaitForAsync(id, i => i.Status == IncidentStatus.Resolved);

        Assert.True(approved.Decided && rejected.Decided && done.Decided);
        Assert.Equal(IncidentStatus.Resolved, resolved.Status);
        Assert.Equal((StepStatus.Done, "approve", "principal:alice@contoso.com"), (Step(resolved, 1).Status, Step(resolved, 1).Decision, Step(resolved, 1).DecidedBy));
        Assert.Equal(StepStatus.Skipped, Step(resolved, 3).Status);
        Assert.Contains("key is shared", Step(resolved, 3).Outcome, StringComparison.Ordinal);
        Assert.Equal((StepStatus.Done, "principal:carol@contoso.com"), (Step(resolved, 4).Status, Step(resolved, 4).DecidedBy));
        var timeline = await h.Incidents.TimelineAsync(id, Ct);
        Assert.Contains(timeline, e => e.Kind == TimelineKinds.Decision && e.Actor == "principal:bob@contoso.com" && e.Message == "reject on step 3: key is shared");
        Assert.Equal(3, graph.Count("POST", "checkMemberGroups"));
    }

    [Fact]
    public async Task Expired_tampered_replayed_wrong_step_and_already_decided_links_are_refused_and_recorded()
    {
        await using var graph = await StartGraphAsync();
        await using var h = await PlaybookHarness.StartAsync(azurite, TestPlaybooks.Files(TestPlaybooks.Jailbreak), 0.05, TeamsSettings.Roles(graph));
        var id = await h.OpenJailbreakAsync();
        await h.WaitForStepAsync(id, 1, StepStatus.Waiting);
        var first = await LinkAsync(h, id, 1, "on_call_engineer");
        var second = await LinkAsync(h, id, 1, "on_call_engineer");
        var expired = await h.Get<ApprovalTokenSigner>().SignAsync(
            new ApprovalToken(ApprovalTokenSigner.NewId(), id, 1, "on_call_engineer", [StepDecisions.Approve], DateTimeOffset.UtcNow.AddMinutes(-1)), Ct);

        var wrongStep = await RefusedAsync(h, await LinkAsync(h, id, 3, "ai_security_lead"), StepDecisions.Approve, Bob);
        var tampered = await RefusedAsync(h, Tamper(first), StepDecisions.Approve, Alice);
        var late = await RefusedAsync(h, expired, StepDecisions.Approve, Alice);
        await DecideAsync(h, first, StepDecisions.Approve, Alice, null);
        var replayed = await RefusedAsync(h, first, StepDecisions.Approve, Alice);
        await h.WaitForStepAsync(id, 1, StepStatus.Done);
        var decided = await RefusedAsync(h, second, StepDecisions.Reject, Alice);
        var viewReplayed = await Assert.ThrowsAsync<ApprovalRefusedException>(() => h.Get<ApprovalService>().OpenAsync(first, Ct));

        Assert.Equal((ApprovalRefusals.WrongStep, 409), (wrongStep.Code, wrongStep.Status));
        Assert.Equal((ApprovalRefusals.Tampered, 400), (tampered.Code, tampered.Status));
        Assert.Equal((ApprovalRefusals.Expired, 410), (late.Code, late.Status));
        Assert.Equal((ApprovalRefusals.Replayed, 409), (replayed.Code, replayed.Status));
        Assert.Equal((ApprovalRefusals.AlreadyDecided, 409), (decided.Code, decided.Status));
        Assert.Contains("already done by principal:alice@contoso.com", decided.Message, StringComparison.Ordinal);
        Assert.Equal(ApprovalRefusals.Replayed, viewReplayed.Refusal.Code);
        var done = await h.WaitForStepAsync(id, 1, StepStatus.Done);
        Assert.Equal("approve", Step(done, 1).Decision);
        var refusals = (await h.Incidents.TimelineAsync(id, Ct)).Where(e => e.Message.StartsWith("approval refused", StringComparison.Ordinal)).Select(e => (string?)e.Details!["reason"]).ToList();
        Assert.Equal([ApprovalRefusals.WrongStep, ApprovalRefusals.Expired, ApprovalRefusals.Replayed, ApprovalRefusals.AlreadyDecided, ApprovalRefusals.Replayed], refusals);
    }

    [Fact]
    public async Task Non_members_anonymous_callers_and_people_involved_in_the_incident_cannot_decide()
    {
        await using var graph = await StartGraphAsync();
        await using var h = await PlaybookHarness.StartAsync(azurite, TestPlaybooks.Files(TestPlaybooks.Jailbreak), 0.05, TeamsSettings.Roles(graph));
        var id = (await h.Incidents.OpenAsync(
            new OpenIncidentRequest { Category = "jailbreak_bypass", Title = "Raised by dave about eve", Subjects = new IncidentSubjects { UserIds = [Eve.Key] } },
            Actor.Principal(Dave.Name), h.Durable, Ct)).Incident.Id;
        await h.WaitForStepAsync(id, 1, StepStatus.Waiting);
        var link = await LinkAsync(h, id, 1, "on_call_engineer");

        var outsider = await RefusedAsync(h, link, StepDecisions.Approve, Mallory);
        var raiser = await RefusedAsync(h, link, StepDecisions.Approve, Dave);
        var subject = await RefusedAsync(h, link, StepDecisions.Approve, Eve);
        var nobody = await RefusedAsync(h, link, StepDecisions.Approve, null);
        var unverified = await RefusedAsync(h, link, StepDecisions.Approve, new Approver("zed", "zed", Actor.DevIdentity("zed"), Verified: false));
        var allowed = await DecideAsync(h, link, StepDecisions.Approve, Alice, null);

        Assert.Equal((ApprovalRefusals.NotMember, 403), (outsider.Code, outsider.Status));
        Assert.Contains("not a member of the on_call_engineer group", outsider.Message, StringComparison.Ordinal);
        Assert.Equal((ApprovalRefusals.SelfApproval, 403), (raiser.Code, raiser.Status));
        Assert.Contains("raised incident", raiser.Message, StringComparison.Ordinal);
        Assert.Equal(ApprovalRefusals.SelfApproval, subject.Code);
        Assert.Contains("is a subject", subject.Message, StringComparison.Ordinal);
        Assert.Equal((ApprovalRefusals.NoIdentity, 401), (nobody.Code, nobody.Status));
        Assert.Equal(ApprovalRefusals.NotMember, unverified.Code);
        Assert.True(allowed.Decided);
        Assert.Equal(StepStatus.Done, Step(await h.WaitForStepAsync(id, 1, StepStatus.Done), 1).Status);
    }

    [Fact]
    public async Task A_sev1_containment_step_needs_two_different_approvers_and_counts_partial_votes_on_the_timeline()
    {
        await using var graph = await StartGraphAsync();
        await using var h = await PlaybookHarness.StartAsync(azurite, TestPlaybooks.Files(TestPlaybooks.Jailbreak), 0.05, TeamsSettings.Roles(graph));
        var id = await h.OpenJailbreakAsync("sev1");
        await h.WaitForStepAsync(id, 1, StepStatus.Waiting);
        var detection = await DecideAsync(h, await LinkAsync(h, id, 1, "on_call_engineer"), StepDecisions.Approve, Alice, null);
        await h.WaitForStepAsync(id, 3, StepStatus.Waiting);
        var link = await LinkAsync(h, id, 3, "ai_security_lead");

        var firstVote = await DecideAsync(h, link, StepDecisions.Approve, Bob, "block it");
        var again = await RefusedAsync(h, link, StepDecisions.Approve, Bob);
        var stillWaiting = await h.Incidents.GetAsync(id, Ct);
        var quorum = await DecideAsync(h, link, StepDecisions.Approve, Carol, null);
        var after = await h.WaitForAsync(id, i => StepStatus.IsTerminal(Step(i, 3).Status) || Step(i, 3).Status == StepStatus.Escalated && Step(i, 3).Decision is not null);

        Assert.Equal((true, 1), (detection.Decided, detection.Needed));
        Assert.Equal((false, 1, 2), (firstVote.Decided, firstVote.Votes, firstVote.Needed));
        Assert.Equal(ApprovalRefusals.Replayed, again.Code);
        Assert.Equal(StepStatus.Waiting, Step(stillWaiting!, 3).Status);
        Assert.Equal((true, 2, 2), (quorum.Decided, quorum.Votes, quorum.Needed));
        Assert.Equal("approve", Step(after, 3).Decision);
        var timeline = await h.Incidents.TimelineAsync(id, Ct);
        Assert.Contains(timeline, e => e.Actor == "principal:bob@contoso.com" && e.Message == "vote approve on step 3 (1 of 2): block it");
        Assert.Contains(timeline, e => e.Actor == "principal:carol@contoso.com" && e.Message.StartsWith("approve on step 3: quorum 2 of 2: principal:bob@contoso.com, principal:carol@contoso.com", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_missed_deadline_the_escalated_role_can_decide_once_and_the_first_link_is_then_refused()
    {
        await using var graph = await StartGraphAsync();
        await using var h = await PlaybookHarness.StartAsync(azurite, TestPlaybooks.Files(TestPlaybooks.Jailbreak), 0.01, TeamsSettings.Roles(graph));
        var id = await h.OpenJailbreakAsync();
        await h.WaitForStepAsync(id, 1, StepStatus.Waiting);
        var onCall = await LinkAsync(h, id, 1, "on_call_engineer");

        var escalated = await h.WaitForAsync(id, i => Step(i, 1).EscalationLevel >= 1);
        var lead = await DecideAsync(h, await LinkAsync(h, id, 1, "ai_security_lead", NoticeKinds.Escalation), StepDecisions.Approve, Bob, "late but sure");
        var done = await h.WaitForStepAsync(id, 1, StepStatus.Done);
        var tooLate = await RefusedAsync(h, onCall, StepDecisions.Approve, Alice);

        Assert.Equal(StepStatus.Escalated, Step(escalated, 1).Status);
        Assert.True(lead.Decided);
        Assert.Equal("principal:bob@contoso.com", Step(done, 1).DecidedBy);
        Assert.Equal(ApprovalRefusals.AlreadyDecided, tooLate.Code);
    }

    [Fact]
    public async Task A_membership_check_that_graph_throttles_once_is_retried_and_the_decision_goes_through()
    {
        await using var graph = await StartGraphAsync();
        graph.Inject(new FakeFault("/checkMemberGroups", 429, 1, retryAfter: "0", method: "POST"));
        await using var h = await PlaybookHarness.StartAsync(azurite, TestPlaybooks.Files(TestPlaybooks.Jailbreak), 0.05, TeamsSettings.Roles(graph));
        var id = await h.OpenJailbreakAsync();
        await h.WaitForStepAsync(id, 1, StepStatus.Waiting);

        var approved = await DecideAsync(h, await LinkAsync(h, id, 1, "on_call_engineer"), StepDecisions.Approve, Alice, null);
        var done = await h.WaitForStepAsync(id, 1, StepStatus.Done);

        Assert.True(approved.Decided);
        Assert.Equal((StepStatus.Done, "principal:alice@contoso.com"), (Step(done, 1).Status, Step(done, 1).DecidedBy));
        Assert.Equal(2, graph.Count("POST", $"/users/{Alice.Key}/checkMemberGroups"));
    }

    [Theory]
    [InlineData(503, 2, "503 after retries")]
    [InlineData(403, 1, "403 Authorization_RequestDenied")]
    public async Task When_graph_cannot_check_membership_the_page_refuses_with_a_503_and_the_same_link_works_once_graph_answers(int status, int times, string why)
    {
        await using var graph = await StartGraphAsync();
        graph.Inject(new FakeFault("/checkMemberGroups", status, times, method: "POST",
            body: status == 403 ? """{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}""" : null));
        var settings = TeamsSettings.Merge(TeamsSettings.Roles(graph), new Dictionary<string, string?> { ["Playbooks:Graph:MaxRetries"] = "1" });
        await using var h = await PlaybookHarness.StartAsync(azurite, TestPlaybooks.Files(TestPlaybooks.Jailbreak), 0.05, settings);
        var id = await h.OpenJailbreakAsync();
        await h.WaitForStepAsync(id, 1, StepStatus.Waiting);
        var link = await LinkAsync(h, id, 1, "on_call_engineer");

        var (refusedStatus, refusedPage) = await PostPageAsync(h, link, StepDecisions.Approve, Alice);
        var waiting = await h.Incidents.GetAsync(id, Ct);
        var (laterStatus, laterPage) = await PostPageAsync(h, link, StepDecisions.Approve, Alice);
        var done = await h.WaitForStepAsync(id, 1, StepStatus.Done);

        Assert.Equal(503, refusedStatus);
        Assert.Contains("data-reason=\"membership_unavailable\"", refusedPage, StringComparison.Ordinal);
        Assert.Contains("Your role could not be checked", refusedPage, StringComparison.Ordinal);
        Assert.Contains(why, refusedPage, StringComparison.Ordinal);
        Assert.Equal(StepStatus.Waiting, Step(waiting!, 1).Status);
        Assert.Equal(200, laterStatus);
        Assert.Contains("Approve recorded for step 1", laterPage, StringComparison.Ordinal);
        Assert.Equal("principal:alice@contoso.com", Step(done, 1).DecidedBy);
        Assert.Equal(times + 1, graph.Count("POST", $"/users/{Alice.Key}/checkMemberGroups"));
        var refusal = Assert.Single(await h.Incidents.TimelineAsync(id, Ct), e => e.Message.StartsWith("approval refused", StringComparison.Ordinal));
        Assert.Equal((ApprovalRefusals.MembershipUnavailable, "principal:alice@contoso.com"), ((string?)refusal.Details!["reason"], refusal.Actor));
    }

    private static Approver Person(string objectId, string name) => new(objectId, name, Actor.Principal(name), Verified: true);

    private static async Task<FakeGraph> StartGraphAsync()
    {
        var graph = await FakeGraph.StartAsync(Ct);
        graph.AddGroup(TeamsSettings.OnCallGroup, Alice.Key, Dave.Key, Eve.Key);
        graph.AddGroup(TeamsSettings.LeadGroup, Bob.Key, Carol.Key);
        graph.AddGroup(TeamsSettings.CisoGroup, Carol.Key);
        graph.AddUser(Mallory.Key);
        return graph;
    }

    /// <summary>The token of a fresh link for a step, as a card's button would carry it.</summary>
    private static async Task<string> LinkAsync(PlaybookHarness h, string id, int step, string role, string kind = NoticeKinds.StepAssigned)
    {
        var incident = (await h.Incidents.GetAsync(id, Ct))!;
        var decisions = incident.Steps.Single(s => s.Number == step).Automated ? new[] { StepDecisions.Approve, StepDecisions.Reject } : [.. StepDecisions.All];
        var link = await h.Get<ApprovalService>().IssueLinkAsync(new IncidentNotice(id, kind, role, "decide", step, null, decisions), incident, Ct);
        return link!.Segments[^1];
    }

    private static Task<ApprovalResult> DecideAsync(PlaybookHarness h, string token, string decision, Approver? approver, string? comment) =>
        h.Get<ApprovalService>().DecideAsync(token, decision, comment, approver, h.Durable, Ct);

    /// <summary>The approval page's POST as App Service Authentication forwards it: the form and the signed-in principal.</summary>
    private static async Task<(int Status, string Html)> PostPageAsync(PlaybookHarness h, string token, string decision, Approver approver)
    {
        var principal = new JsonObject
        {
            ["auth_typ"] = "aad",
            ["name_typ"] = "preferred_username",
            ["claims"] = new JsonArray(new JsonObject { ["typ"] = "oid", ["val"] = approver.Key }, new JsonObject { ["typ"] = "preferred_username", ["val"] = approver.Name }),
        };
        var form = Encoding.UTF8.GetBytes("decision=" + Uri.EscapeDataString(decision));
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.ContentLength = form.Length;
        context.Request.Body = new MemoryStream(form);
        context.Request.Headers[IncidentsHttpHandler.PrincipalHeader] = Convert.ToBase64String(Encoding.UTF8.GetBytes(principal.ToJsonString()));
        using var page = new MemoryStream();
        context.Response.Body = page;

        var result = await h.Get<ApprovalsHttpHandler>().PostAsync(context.Request, token, h.Durable, Ct);
        await result.ExecuteAsync(context);
        return (context.Response.StatusCode, Encoding.UTF8.GetString(page.ToArray()));
    }

    private static async Task<ApprovalRefusal> RefusedAsync(PlaybookHarness h, string token, string decision, Approver? approver) =>
        (await Assert.ThrowsAsync<ApprovalRefusedException>(() => DecideAsync(h, token, decision, approver, null))).Refusal;

    /// <summary>Changes the step the token names (2 → its payload says another step) without re-signing it.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(parts[1])))!;
        payload["step"] = 3;
        parts[1] = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return string.Join('.', parts);
    }
}
