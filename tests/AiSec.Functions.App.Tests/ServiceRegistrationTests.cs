using System.Reflection;
using AiSec.Functions.App.Extensions;
using AiSec.Testing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiSec.Functions.App.Tests;

/// <summary>
/// The app's registrations build with scope and build-time validation, and every class that holds a [Function]
/// resolves from them: a missing registration fails here, not after a deployment.
/// </summary>
public sealed class ServiceRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public void Registrations_build_with_validation_on()
    {
        using var host = BuildHost();

        Assert.NotNull(host.Services.GetService<TimeProvider>());
    }

    [Fact]
    public void Every_function_class_resolves_from_the_registrations()
    {
        using var host = BuildHost();
        var classes = FunctionClasses().ToList();

        Assert.NotEmpty(classes);
        foreach (var type in classes)
        {
            using var scope = host.Services.CreateScope();
            var instance = ActivatorUtilities.CreateInstance(scope.ServiceProvider, type);
            Assert.IsType(type, instance);
        }
    }

    [Fact]
    public void Every_function_in_the_metadata_is_declared_by_a_resolvable_class()
    {
        var declared = FunctionClasses()
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var indexed = FunctionsMetadataTests.Load().Select(f => (string)f!["name"]!).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(indexed.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<Type> FunctionClasses() =>
        FunctionsApp.Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null));

    private IHost BuildHost()
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(AppSettings());
        builder.AddAiSecCapabilities();
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder.Build();
    }

    /// <summary>The settings the Bicep deployment gives the app, pointed at the test run's Azurite.</summary>
    private Dictionary<string, string?> AppSettings()
    {
        var settings = new Dictionary<string, string?>(azurite.Settings(AzuriteFixture.NewPrefix()))
        {
            ["Discovery:Schedule"] = "0 0 */6 * * *",
            ["Risk:Schedule"] = "0 30 */6 * * *",
            ["Dashboard:SnapshotSchedule"] = "0 0 1 * * *",
            ["Audit:SigningKey:PemPath"] = Path.Combine(Path.GetTempPath(), $"aisec-app-{Guid.NewGuid():N}.pem"),
        };
        return settings;
    }
}
