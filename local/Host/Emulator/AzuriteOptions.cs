namespace AiSec.LocalHost.Emulator;

/// <summary>How the embedded Azurite is started when no storage is configured (<c>Storage:Emulator</c>).</summary>
public sealed class AzuriteOptions
{
    public const string SectionName = "Storage:Emulator";

    /// <summary>Start Azurite when neither Storage:ConnectionString nor Storage:AccountUri is set.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where Azurite keeps its data; relative paths are under the repository root. Empty: in memory.</summary>
    public string DataPath { get; set; } = ".aisec/azurite";

    /// <summary>Blob port; queue and table use the next two. 0 picks free ports.</summary>
    public int BlobPort { get; set; }

    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The data folder as an absolute path, or null when the emulator keeps everything in memory.</summary>
    public string? ResolveDataPath(string repositoryRoot) =>
        string.IsNullOrEmpty(DataPath) ? null : Path.GetFullPath(DataPath, repositoryRoot);
}
