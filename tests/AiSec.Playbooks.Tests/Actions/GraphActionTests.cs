using AiSec.Playbooks.Actions;
using AiSec.Playbooks.Incidents;
using AiSec.Testing;
using AiSec.Testing.Fakes;

namespace AiSec.Playbooks.Tests.Actions;

/// <summary><c>revoke_session</c> and <c>disable_agent_identity</c> through the Microsoft Graph SDK against a fake Graph.</summary>
public sealed class GraphActionTests(AzuriteFixture azurite)
{
    private static Incident WithSubjects(IReadOnlyList<string>? users = null, IReadOnlyList<string>? principals = null) =>
        ActionsHarness.Incident(subjects: new IncidentSubjects { UserIds = users ?? [], ServicePrincipalIds = principals ?? [] });

    [Fact]
    public async Task Revoke_session_revokes_the_sessions_of_every_user_of_the_incident()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        harness.Graph.AddUser("3f1c2a9e-0000-4000-8000-000000000001");
        harness.Graph.AddUser("mallory@contoso.example");

        var outcome = await harness.RunAsync("revoke_session", WithSubjects(users: ["3f1c2a9e-0000-4000-8000-000000000001", "mallory@contoso.example"]));

        Assert.Equal(ActionStatus.Done, outcome.Status);
        Assert.Equal(["3f1c2a9e-0000-4000-8000-000000000001", "mallory@contoso.example"], harness.Graph.Revoked);
        Assert.Contains("revoked the sign-in sessions of 3f1c2a9e-0000-4000-8000-000000000001, mallory@contoso.example", outcome.Summary, StringComparison.Ordinal);
        Assert.NotNull(outcome.After!["mallory@contoso.example"]!["sessionsRevokedAt"]);
    }

    [Fact]
    public async Task Both_identity_actions_are_skipped_when_Graph_is_not_configured()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite, new Dictionary<string, string?> { ["Playbooks:Graph:Enabled"] = "false" });
        harness.Graph.AddUser("u1");
        harness.Graph.AddServicePrincipal("sp1", "agent");
        var incident = WithSubjects(users: ["u1"], principals: ["sp1"]);

        var revoke = await harness.RunAsync("revoke_session", incident);
        var disable = await harness.RunAsync("disable_agent_identity", incident);

        Assert.Equal((ActionStatus.Skipped, "Microsoft Graph is not configured (Playbooks:Graph:Enabled)"), (revoke.Status, revoke.Summary));
        Assert.Equal((ActionStatus.Skipped, "Microsoft Graph is not configured (Playbooks:Graph:Enabled)"), (disable.Status, disable.Summary));
        Assert.Empty(harness.Graph.Requests);
    }

    [Fact]
    public async Task An_incident_without_users_or_agents_is_skipped_with_the_subject_it_lacks()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);

        var revoke = await harness.RunAsync("revoke_session", WithSubjects());
        var disable = await harness.RunAsync("disable_agent_identity", WithSubjects());

        Assert.Equal((ActionStatus.Skipped, "the incident names no user (subjects.userIds)"), (revoke.Status, revoke.Summary));
        Assert.Equal((ActionStatus.Skipped, "the incident names no agent identity (subjects.servicePrincipalIds)"), (disable.Status, disable.Summary));
    }

    [Fact]
    public async Task A_dry_run_changes_nothing_in_Graph()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        harness.Graph.AddUser("u1");
        harness.Graph.AddServicePrincipal("sp1", "agent");
        var incident = WithSubjects(users: ["u1"], principals: ["sp1"]);

        var revoke = await harness.RunAsync("revoke_session", incident, dryRun: true);
        var disable = await harness.RunAsync("disable_agent_identity", incident, dryRun: true);

        Assert.Equal(ActionStatus.Skipped, revoke.Status);
        Assert.StartsWith("dry run: would revoke the sign-in sessions of u1", revoke.Summary, StringComparison.Ordinal);
        Assert.Equal(ActionStatus.Skipped, disable.Status);
        Assert.True((bool)disable.Before!["sp1"]!["accountEnabled"]!);
        Assert.Empty(harness.Graph.Revoked);
        Assert.True(harness.Graph.AccountEnabled("sp1"));
        Assert.Equal(0, harness.Graph.Count("POST", "/users/") + harness.Graph.Count("PATCH", "/servicePrincipals/"));
    }

    [Fact]
    public async Task Disable_agent_identity_disables_the_principal_and_a_second_run_changes_nothing()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        harness.Graph.AddServicePrincipal("sp-agent", "invoice-agent");
        var incident = WithSubjects(principals: ["sp-agent"]);

        var first = await harness.RunAsync("disable_agent_identity", incident);
        var second = await harness.RunAsync("disable_agent_identity", incident);

        Assert.Equal(ActionStatus.Done, first.Status);
        Assert.False(harness.Graph.AccountEnabled("sp-agent"));
        Assert.True((bool)first.Before!["sp-agent"]!["accountEnabled"]!);
        Assert.False((bool)first.After!["sp-agent"]!["accountEnabled"]!);
        Assert.Equal("invoice-agent", first.After["sp-agent"]!["displayName"]!.ToString());
        Assert.Equal(ActionStatus.Done, second.Status);
        Assert.Equal("already disabled: sp-agent", second.Summary);
        Assert.Equal(second.Before!.ToJsonString(), second.After!.ToJsonString());
        Assert.Equal(1, harness.Graph.Count("PATCH", "/servicePrincipals/sp-agent"));
    }

    [Fact]
    public async Task Throttled_calls_are_retried_after_Retry_After_until_they_succeed()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        harness.Graph.AddUser("u1");
        harness.Graph.AddServicePrincipal("sp1", "agent");
        harness.Graph.Inject(new FakeFault("/users/u1/revokeSignInSessions", 429, times: 2, retryAfter: "0"));
        harness.Graph.Inject(new FakeFault("/servicePrincipals/sp1", 429, times: 1, retryAfter: "0", method: "PATCH"));
        var incident = WithSubjects(users: ["u1"], principals: ["sp1"]);

        var revoke = await harness.RunAsync("revoke_session", incident);
        var disable = await harness.RunAsync("disable_agent_identity", incident);

        Assert.Equal(ActionStatus.Done, revoke.Status);
        Assert.Equal(3, harness.Graph.Count("POST", "/users/u1/revokeSignInSessions"));
        Assert.Equal(ActionStatus.Done, disable.Status);
        Assert.Equal(2, harness.Graph.Count("PATCH", "/servicePrincipals/sp1"));
        Assert.False(harness.Graph.AccountEnabled("sp1"));
    }

    [Fact]
    public async Task An_unknown_id_fails_the_action_with_Graphs_reason_after_the_others_are_contained()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        harness.Graph.AddUser("u1");
        harness.Graph.AddServicePrincipal("sp1", "agent");

        var revoke = await harness.RunAsync("revoke_session", WithSubjects(users: ["ghost", "u1"]));
        var disable = await harness.RunAsync("disable_agent_identity", WithSubjects(principals: ["sp-ghost", "sp1"]));

        Assert.Equal(ActionStatus.Failed, revoke.Status);
        Assert.Contains("refused: ghost (404 Request_ResourceNotFound: Resource 'ghost' does not exist", revoke.Summary, StringComparison.Ordinal);
        Assert.Equal(["u1"], harness.Graph.Revoked);
        Assert.Equal(ActionStatus.Failed, disable.Status);
        Assert.Contains("sp-ghost (404 Request_ResourceNotFound", disable.Summary, StringComparison.Ordinal);
        Assert.False(harness.Graph.AccountEnabled("sp1"));
    }

    [Fact]
    public async Task A_permanent_refusal_of_the_change_fails_the_action_and_keeps_the_state_before()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        harness.Graph.AddServicePrincipal("sp1", "agent");
        harness.Graph.Inject(new FakeFault("/servicePrincipals/sp1", 403, int.MaxValue, method: "PATCH",
            body: """{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}"""));

        var outcome = await harness.RunAsync("disable_agent_identity", WithSubjects(principals: ["sp1"]));

        Assert.Equal(ActionStatus.Failed, outcome.Status);
        Assert.Contains("403 Authorization_RequestDenied: Insufficient privileges", outcome.Summary, StringComparison.Ordinal);
        Assert.True((bool)outcome.Before!["sp1"]!["accountEnabled"]!);
        Assert.True(harness.Graph.AccountEnabled("sp1"));
    }

    [Fact]
    public async Task A_server_error_beyond_the_retries_throws_so_the_orchestration_retries_the_step()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        harness.Graph.AddUser("u1");
        harness.Graph.Inject(new FakeFault("/users/u1/", 503, int.MaxValue, retryAfter: "0"));

        var error = await Assert.ThrowsAsync<TransientActionException>(() => harness.RunAsync("revoke_session", WithSubjects(users: ["u1"])));

        Assert.Contains("POST /users/u1/revokeSignInSessions", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, harness.Graph.Count("POST", "/users/u1/")); // the first call and Playbooks:Graph:MaxRetries = 2
    }

    [Fact]
    public async Task A_fault_in_the_middle_of_a_step_throws_and_the_retried_step_finishes_every_target()
    {
        await using var harness = await ActionsHarness.StartAsync(azurite);
        foreach (var id in new[] { "sp1", "sp2", "sp3" })
        {
            harness.Graph.AddServicePrincipal(id, "agent " + id);
        }

        harness.Graph.Inject(new FakeFault("/servicePrincipals/sp2", 500, times: 1, method: "PATCH"));
        var incident = WithSubjects(principals: ["sp1", "sp2", "sp3"]);

        await Assert.ThrowsAsync<TransientActionException>(() => harness.RunAsync("disable_agent_identity", incident));
        Assert.False(harness.Graph.AccountEnabled("sp1"));
        Assert.True(harness.Graph.AccountEnabled("sp3"));
        var retried = await harness.RunAsync("disable_agent_identity", incident);

        Assert.Equal(ActionStatus.Done, retried.Status);
        Assert.Equal("disabled the service principals sp2, sp3; already disabled: sp1", retried.Summary);
        Assert.All(["sp1", "sp2", "sp3"], id => Assert.False(harness.Graph.AccountEnabled(id)));
    }
}
