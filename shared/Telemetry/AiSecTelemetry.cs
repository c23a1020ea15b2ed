using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AiSec.Shared.Telemetry;

/// <summary>The activity source and meter every capability reports through; hosts subscribe to these names.</summary>
public static class AiSecTelemetry
{
    public const string Name = "AiSec";

    public static readonly ActivitySource ActivitySource = new(Name);

    public static readonly Meter Meter = new(Name);
}
