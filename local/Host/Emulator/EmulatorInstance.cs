using System.Text.Json;

namespace AiSec.LocalHost.Emulator;

/// <summary>
/// The discovery record of the one Azurite that serves a data folder, kept beside it (<c>{data}.json</c>): where it
/// listens and who started it. Every local command reads it to reuse that emulator instead of starting another.
/// </summary>
public sealed record EmulatorInstance(
    int Pid,
    int BlobPort,
    int QueuePort,
    int TablePort,
    string DataPath,
    string StartedBy,
    int StartedByPid,
    DateTimeOffset StartedAt,
    bool Persistent)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public AzuriteEndpoints Endpoints => new(BlobPort, QueuePort, TablePort);

    public static EmulatorInstance? Read(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<EmulatorInstance>(File.ReadAllText(file), Json);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Written to a temporary file and renamed over the record, so readers never see half a record.</summary>
    public void Write(string file)
    {
        var temporary = $"{file}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        File.Move(temporary, file, overwrite: true);
    }
}
