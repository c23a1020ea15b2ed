using System.Reflection;

namespace AiSec.Functions.App.Tests;

/// <summary>Where the built Functions app is, as recorded by the test project at build time.</summary>
internal static class FunctionsApp
{
    public static string OutputDirectory => Metadata("FunctionsAppOutput");

    public static string Project => Path.GetFullPath(Metadata("FunctionsAppProject"));

    public static string Configuration => Metadata("BuildConfiguration");

    public static Assembly Assembly => typeof(AiSec.Functions.App.Extensions.CapabilityRegistration).Assembly;

    private static string Metadata(string key) =>
        typeof(FunctionsApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
