using AiSec.Shared.Assets;

namespace AiSec.Discovery.Registry;

/// <summary>
/// The dependency neighbourhood of an asset: everything reachable through upstream and downstream links, in both
/// directions (an asset that names A upstream is A's downstream even if A does not say so). Links may form cycles;
/// each asset is visited once. Links to ids not in the registry appear as unregistered nodes.
/// </summary>
public static class AssetGraph
{
    public sealed record Node(string Id, string? Name, string? AssetType, string? Status, bool Registered, int Distance);

    public sealed record Edge(string From, string To);

    public sealed record Result(string Root, IReadOnlyList<Node> Nodes, IReadOnlyList<Edge> Edges);

    public static Result Build(IReadOnlyCollection<AiAsset> assets, string rootId, int maxDepth = int.MaxValue)
    {
        var byId = assets.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var edges = new HashSet<Edge>();
        foreach (var asset in assets)
        {
            edges.UnionWith(asset.Upstream.Select(up => new Edge(up, asset.Id)));
            edges.UnionWith(asset.Downstream.Select(down => new Edge(asset.Id, down)));
        }

        var neighbours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            Link(neighbours, edge.From, edge.To);
            Link(neighbours, edge.To, edge.From);
        }

        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [rootId] = 0 };
        var pending = new Queue<string>([rootId]);
        while (pending.Count > 0)
        {
            var id = pending.Dequeue();
            if (distance[id] >= maxDepth || !neighbours.TryGetValue(id, out var next))
            {
                continue;
            }

            foreach (var neighbour in next.Where(n => !distance.ContainsKey(n)))
            {
                distance[neighbour] = distance[id] + 1;
                pending.Enqueue(neighbour);
            }
        }

        var nodes = distance
            .Select(d => byId.TryGetValue(d.Key, out var a)
                ? new Node(a.Id, a.Name, a.AssetType, a.Status, true, d.Value)
                : new Node(d.Key, null, null, null, false, d.Value))
            .OrderBy(n => n.Distance).ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        var inGraph = edges.Where(e => distance.ContainsKey(e.From) && distance.ContainsKey(e.To))
            .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal)
            .ToList();
        return new Result(rootId, nodes, inGraph);
    }

    private static void Link(Dictionary<string, List<string>> neighbours, string from, string to)
    {
        if (!neighbours.TryGetValue(from, out var list))
        {
            neighbours[from] = list = [];
        }

        list.Add(to);
    }
}
