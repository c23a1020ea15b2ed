using System.Text.Json.Nodes;

namespace AiSec.Discovery.AzureArm;

/// <summary>An Azure Machine Learning workspace, AI Foundry hub or project: context for the endpoints inside it.</summary>
public sealed record WorkspaceFacts(string Id, string Name, string Kind, string? Location, string? HubId, NetworkPosture Network, IReadOnlyDictionary<string, string> Tags)
{
    public static WorkspaceFacts Of(JsonObject workspace)
    {
        var properties = workspace.Object("properties");
        return new WorkspaceFacts(
            workspace.Text("id") ?? throw new ArmRequestException("A workspace in the list has no id.", 200, "InvalidResponse"),
            workspace.Text("name") ?? "",
            workspace.Text("kind") ?? "Default",
            workspace.Text("location"),
            properties.Text("hubResourceId"),
            NetworkPosture.Of(properties),
            AccountFacts.TagsOf(workspace));
    }
}
