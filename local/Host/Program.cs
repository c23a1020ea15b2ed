using AiSec.LocalHost;

// Runs the local host with storage from configuration; `aisec serve` wraps this with the embedded Azurite.
var app = LocalHostApp.Build(LocalHostApp.CreateBuilder(args));
await app.RunAsync();

/// <summary>Entry point, public for WebApplicationFactory tests.</summary>
public partial class Program;
