using System.Reflection;
using Microsoft.Extensions.Logging;

namespace AiSec.LocalHost.Tests;

/// <summary>Log event ids identify a message in dashboards and alerts: each is set explicitly and used once per assembly.</summary>
public sealed class LogEventIdTests
{
    /// <summary>Every product assembly beside the tests: the shared core, the capabilities, the local host and the CLI.</summary>
    private static IReadOnlyList<Assembly> ProductAssemblies() =>
        [.. Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name is "aisec" || (name!.StartsWith("AiSec.", StringComparison.Ordinal) && !name.EndsWith(".Tests", StringComparison.Ordinal) && name != "AiSec.Testing"))
            .Select(name => Assembly.Load(name!))];

    private static IEnumerable<(MethodInfo Method, LoggerMessageAttribute Message)> LogMessages(Assembly assembly) =>
        from type in assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        let message = method.GetCustomAttribute<LoggerMessageAttribute>()
        where message is not null
        select (method, message);

    [Fact]
    public void Every_product_assembly_is_checked()
    {
        var names = ProductAssemblies().Select(a => a.GetName().Name).ToList();

        Assert.Contains("AiSec.Shared", names);
        Assert.Contains("AiSec.Guardrail", names);
        Assert.Contains("AiSec.LocalHost", names);
        Assert.Contains("aisec", names);
        Assert.NotEmpty(ProductAssemblies().SelectMany(LogMessages));
    }

    [Fact]
    public void Log_event_ids_are_explicit_and_unique_within_each_assembly()
    {
        var problems = new List<string>();
        foreach (var assembly in ProductAssemblies())
        {
            var messages = LogMessages(assembly).ToList();
            problems.AddRange(messages.Where(m => m.Message.EventId < 0)
                .Select(m => $"{assembly.GetName().Name}: {m.Method.DeclaringType!.Name}.{m.Method.Name} has no EventId"));
            problems.AddRange(messages.Where(m => m.Message.EventId >= 0).GroupBy(m => m.Message.EventId).Where(g => g.Count() > 1)
                .Select(g => $"{assembly.GetName().Name}: EventId {g.Key} is used by {string.Join(", ", g.Select(m => $"{m.Method.DeclaringType!.Name}.{m.Method.Name}"))}"));
        }

        Assert.Empty(problems);
    }
}
