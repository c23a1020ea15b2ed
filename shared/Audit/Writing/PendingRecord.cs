namespace AiSec.Shared.Audit.Writing;

/// <summary>
/// A record waiting in the buffer: its serialized body (everything that does not depend on its place in the chain)
/// and, for durable callers and flushes, the completion the caller awaits.
/// </summary>
public sealed class PendingRecord(string stream, DateTimeOffset time, byte[] body, bool awaited)
{
    public string Stream { get; } = stream;

    public DateTimeOffset Time { get; } = time;

    public byte[] Body { get; } = body;

    /// <summary>Seq assigned when the record was persisted (0 until then).</summary>
    public long Seq { get; set; }

    public bool Written => Seq > 0;

    public TaskCompletionSource? Completion { get; } = awaited ? new(TaskCreationOptions.RunContinuationsAsynchronously) : null;

    /// <summary>A flush request: no record, completed once everything queued before it is persisted.</summary>
    public bool IsFlush => Body.Length == 0;

    public static PendingRecord Flush() => new("", default, [], awaited: true);
}
