using AiSec.Functions.App.Extensions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// The Functions host: the same capabilities as the local host; triggers are the *Functions.cs shells.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddAiSecCapabilities();
builder.Build().Run();
