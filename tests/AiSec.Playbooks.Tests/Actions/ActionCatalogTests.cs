using System.Text.Json.Nodes;
using AiSec.Playbooks.Actions;
using AiSec.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AiSec.Playbooks.Tests.Actions;

public sealed class ActionCatalogTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_registered_actions_are_exactly_the_schemas_action_names()
    {
        using var stream = typeof(ActionCatalog).Assembly.GetManifestResourceStream("AiSec.Playbooks.Definitions.playbook.schema.json")!;
        var schema = await JsonNode.ParseAsync(stream, cancellationToken: ActionsHarness.Ct);
        var names = schema!["$defs"]!["actionName"]!["enum"]!.AsArray().Select(n => n!.ToString()).Order(StringComparer.Ordinal);
        await using var harness = await ActionsHarness.StartAsync(azurite);

        var registered = harness.Services.GetRequiredService<ActionCatalog>().Names.Order(StringComparer.Ordinal);

        Assert.Equal(names, registered);
    }
}
