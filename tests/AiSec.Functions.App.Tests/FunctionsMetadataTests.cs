using System.Text.Json.Nodes;

namespace AiSec.Functions.App.Tests;

/// <summary>
/// The functions.metadata the Worker SDK generates is what Azure indexes: every trigger the app exposes, with its
/// route and methods, schedule setting or queue. One table of expectations, so adding or renaming a function is a
/// visible change here.
/// </summary>
public sealed class FunctionsMetadataTests
{
    /// <summary>Name → trigger type, then route / schedule / queue, then HTTP methods.</summary>
    private static readonly ExpectedFunction[] Expected =
    [
        new("Discovery", "timerTrigger", "%Discovery:Schedule%"),
        new("AssetsList", "httpTrigger", "assets", "get"),
        new("AssetsGaps", "httpTrigger", "assets/gaps", "get"),
        new("AssetsGraph", "httpTrigger", "assets/graph", "get"),
        new("AssetsGet", "httpTrigger", "assets/{*id}", "get"),
        new("AssetsRegister", "httpTrigger", "assets", "post"),
        new("AssetsAnnotate", "httpTrigger", "assets/{*id}", "patch"),
        new("RiskAssessment", "timerTrigger", "%Risk:Schedule%"),
        new("RiskOnAssetChange", "queueTrigger", "discovery-changes"),
        new("RiskList", "httpTrigger", "risk", "get"),
        new("RiskGet", "httpTrigger", "risk/{*assetId}", "get"),
        new("GuardrailCheck", "httpTrigger", "guardrail/check", "post"),
        new("GuardrailCheckOutput", "httpTrigger", "guardrail/check-output", "post"),
        new("IncidentsOpen", "httpTrigger", "incidents", "post"),
        new("IncidentsList", "httpTrigger", "incidents", "get"),
        new("IncidentsGet", "httpTrigger", "incidents/{id}", "get"),
        new("ApprovalsPage", "httpTrigger", "approvals/{token}", "get"),
        new("ApprovalsDecide", "httpTrigger", "approvals/{token}", "post"),
        new("IncidentSignals", "queueTrigger", "incident-signals"),
        new("IncidentOrchestrator", "orchestrationTrigger", null),
        new("AnnounceIncidentActivity", "activityTrigger", null),
        new("RunStepActivity", "activityTrigger", null),
        new("FinishStepActivity", "activityTrigger", null),
        new("StartHumanStepActivity", "activityTrigger", null),
        new("NoteStepOverdueActivity", "activityTrigger", null),
        new("EscalateActivity", "activityTrigger", null),
        new("CloseOnRejectionActivity", "activityTrigger", null),
        new("FinishIncidentActivity", "activityTrigger", null),
        new("GuardrailOverturn", "httpTrigger", "guardrail/decisions/{requestId}/overturn", "post"),
        new("RiskAccept", "httpTrigger", "risk/{*path}", "post"),
        new("DashboardSnapshot", "timerTrigger", "%Dashboard:SnapshotSchedule%"),
        new("DashboardPage", "httpTrigger", "dashboard/page", "get"),
        new("DashboardFigures", "httpTrigger", "dashboard", "get"),
        new("RedTeamList", "httpTrigger", "redteam", "get"),
        new("RedTeamAddEngagement", "httpTrigger", "redteam/engagements", "post"),
        new("RedTeamAddFinding", "httpTrigger", "redteam/engagements/{engagementId}/findings", "post"),
        new("RedTeamRemediate", "httpTrigger", "redteam/findings/{findingId}/remediate", "post"),
    ];

    [Fact]
    public void Lists_exactly_the_expected_functions_with_their_triggers()
    {
        var actual = Load().Select(Describe).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(Expected.OrderBy(f => f.Name, StringComparer.Ordinal), actual);
    }

    [Fact]
    public void Timer_schedules_are_app_setting_references_never_literals()
    {
        var schedules = Load().SelectMany(Bindings).Where(b => (string?)b["type"] == "timerTrigger").Select(b => (string)b["schedule"]!).ToList();

        Assert.NotEmpty(schedules);
        Assert.All(schedules, s => Assert.Matches("^%[A-Za-z]+(:[A-Za-z]+)+%$", s));
    }

    [Fact]
    public void Every_function_runs_in_the_app_assembly()
    {
        Assert.All(Load(), f => Assert.Equal("AiSec.Functions.App.dll", (string?)f!["scriptFile"]));
    }

    internal static JsonArray Load()
    {
        var path = Path.Combine(FunctionsApp.OutputDirectory, "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build functions/App first (dotnet build AiSecFunctions.sln).");
        return JsonNode.Parse(File.ReadAllText(path))!.AsArray();
    }

    private static IEnumerable<JsonObject> Bindings(JsonNode? function) =>
        function!["bindings"]!.AsArray().OfType<JsonObject>();

    private static ExpectedFunction Describe(JsonNode? function)
    {
        var trigger = Bindings(function).Single(b => ((string?)b["type"])!.EndsWith("Trigger", StringComparison.Ordinal));
        var type = (string)trigger["type"]!;
        var target = type switch
        {
            "httpTrigger" => (string?)trigger["route"],
            "timerTrigger" => (string?)trigger["schedule"],
            "queueTrigger" => (string?)trigger["queueName"],
            _ => null,
        };
        var methods = trigger["methods"] is JsonArray m ? string.Join(',', m.Select(x => ((string)x!).ToLowerInvariant()).Order()) : null;
        return new ExpectedFunction((string)function!["name"]!, type, target, methods);
    }

    private sealed record ExpectedFunction(string Name, string Trigger, string? Target, string? Methods = null);
}
