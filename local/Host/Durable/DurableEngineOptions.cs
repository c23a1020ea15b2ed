using System.ComponentModel.DataAnnotations;

namespace AiSec.LocalHost.Durable;

/// <summary>
/// How the local host runs Durable Task (<c>Playbooks:Engine</c>): the Azure Storage backend on the product's storage,
/// tuned for one machine. In Azure, host.json's <c>extensions.durableTask</c> plays this part.
/// </summary>
public sealed class DurableEngineOptions
{
    public const string SectionName = "Playbooks:Engine";

    /// <summary>The task hub; Storage:Prefix is put in front so test runs sharing one account stay apart.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$", ErrorMessage = "Playbooks:Engine:TaskHub must be 3-45 letters and digits, starting with a letter.")]
    public string TaskHub { get; set; } = "AiSecPlaybooks";

    /// <summary>Control-queue partitions (1-16): how many orchestration work items can be fetched in parallel.</summary>
    [Range(1, 16, ErrorMessage = "Playbooks:Engine:PartitionCount must be between 1 and 16.")]
    public int PartitionCount { get; set; } = 4;

    /// <summary>
    /// The longest an idle queue poll backs off. Durable's default of 30 s suits a scaled-out fleet paying per
    /// transaction; on one machine it is the latency of every step after a quiet spell.
    /// </summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 10_000, ErrorMessage = "Playbooks:Engine:MaxConcurrentOrchestrations must be between 1 and 10,000.")]
    public int MaxConcurrentOrchestrations { get; set; } = 200;

    [Range(1, 10_000, ErrorMessage = "Playbooks:Engine:MaxConcurrentActivities must be between 1 and 10,000.")]
    public int MaxConcurrentActivities { get; set; } = 100;

    /// <summary>Messages fetched per control-queue poll.</summary>
    [Range(1, 32, ErrorMessage = "Playbooks:Engine:ControlQueueBatchSize must be between 1 and 32.")]
    public int ControlQueueBatchSize { get; set; } = 32;

    /// <summary>The loopback port of the gRPC sidecar the worker and client talk to; 0 picks a free one.</summary>
    [Range(0, 65535, ErrorMessage = "Playbooks:Engine:SidecarPort must be between 0 and 65535.")]
    public int SidecarPort { get; set; }

    /// <summary>Whether this process runs orchestrations (the host) or only starts and signals them (the CLI).</summary>
    public bool RunWorker { get; set; } = true;
}
