using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using AiSec.Testing;

namespace AiSec.Infra.Tests;

/// <summary>Compiles infra/bicep with the real bicep compiler (linter errors fail) and checks security-relevant settings.</summary>
public sealed class BicepTemplateTests
{
    private static string Bicep =>
        typeof(BicepTemplateTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;

    private static async Task<JsonNode> CompileAsync(string file)
    {
        var start = new ProcessStartInfo(Bicep) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Bicep, File.GetUnixFileMode(Bicep) | UnixFileMode.UserExecute);
        }

        start.ArgumentList.Add("build");
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "infra", "bicep", file));
        start.ArgumentList.Add("--stdout");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0 && (await stderr).Trim().Length == 0, $"bicep build {file}: {await stderr}");
        return JsonNode.Parse(await stdout)!;
    }

    private static IEnumerable<JsonNode> Resources(JsonNode template)
    {
        // Templates list resources as an array, or as an object keyed by symbolic name (languageVersion 2.0).
        var resources = template["resources"] switch
        {
            JsonArray array => array.AsEnumerable(),
            JsonObject symbolic => symbolic.Select(p => p.Value),
            _ => [],
        };
        foreach (var resource in resources)
        {
            if (resource is null)
            {
                continue;
            }

            yield return resource;
            if (resource["properties"]?["template"] is { } nested)
            {
                foreach (var inner in Resources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    [Fact]
    public async Task Main_template_compiles_without_warnings()
    {
        var template = await CompileAsync("main.bicep");

        Assert.NotEmpty(Resources(template));
    }

    [Fact]
    public async Task Audit_container_is_worm_with_protected_append_writes()
    {
        var template = await CompileAsync("main.bicep");

        var policy = Resources(template).Single(r => (string?)r["type"] == "Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies");
        Assert.True((bool)policy["properties"]!["allowProtectedAppendWrites"]!);
    }

    [Fact]
    public async Task Storage_accepts_identities_only_never_account_keys()
    {
        var template = await CompileAsync("main.bicep");

        var account = Resources(template).Single(r => (string?)r["type"] == "Microsoft.Storage/storageAccounts");
        Assert.False((bool)account["properties"]!["allowSharedKeyAccess"]!);
        Assert.False((bool)account["properties"]!["allowBlobPublicAccess"]!);
    }

    [Fact]
    public async Task Subscription_reader_template_compiles()
    {
        var template = await CompileAsync("subscriptionReader.bicep");

        Assert.Contains(Resources(template), r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments");
    }
}
