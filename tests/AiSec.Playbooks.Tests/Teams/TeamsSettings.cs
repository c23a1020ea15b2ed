using AiSec.Testing.Fakes;

namespace AiSec.Playbooks.Tests.Teams;

/// <summary>Settings that point the product's Teams channels (and, when given, Graph and role groups) at the fakes.</summary>
internal static class TeamsSettings
{
    public const string OnCallGroup = "0a000000-0000-0000-0000-00000000000a";
    public const string LeadGroup = "0b000000-0000-0000-0000-00000000000b";
    public const string CisoGroup = "0c000000-0000-0000-0000-00000000000c";

    public static Dictionary<string, string?> Channels(FakeTeamsWebhook teams) => new()
    {
        ["Playbooks:Teams:Channels:on_call_engineer:WebhookUrl"] = teams.UrlFor("oncall"),
        ["Playbooks:Teams:Channels:ai_security_lead:WebhookUrl"] = teams.UrlFor("lead"),
        ["Playbooks:Teams:Channels:ciso:WebhookUrl"] = teams.UrlFor("ciso"),
        ["Playbooks:Teams:MaxRetries"] = "2",
        ["Playbooks:Teams:RetryDelay"] = "00:00:00.050",
        ["Playbooks:Teams:DeliveryTimeout"] = "00:00:20",
    };

    public static Dictionary<string, string?> Roles(FakeGraph graph) => new()
    {
        ["Playbooks:Graph:Enabled"] = "true",
        ["Playbooks:Graph:BaseUrl"] = graph.BaseUrl.ToString(),
        ["Playbooks:Graph:Credential"] = "static-token",
        ["Playbooks:Graph:AccessToken"] = FakeGraph.Token,
        ["Playbooks:Graph:RetryDelay"] = "00:00:00",
        ["Playbooks:Roles:on_call_engineer:GroupId"] = OnCallGroup,
        ["Playbooks:Roles:ai_security_lead:GroupId"] = LeadGroup,
        ["Playbooks:Roles:ciso:GroupId"] = CisoGroup,
    };

    /// <summary>Role groups through Graph plus direct notices in the members' Teams activity feed.</summary>
    public static Dictionary<string, string?> ActivityFeed(FakeGraph graph) =>
        Merge(Roles(graph), new Dictionary<string, string?> { ["Playbooks:Teams:Graph:Enabled"] = "true" });

    public static Dictionary<string, string?> Merge(params Dictionary<string, string?>[] parts) =>
        parts.SelectMany(p => p).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);
}
