using System.Security.Cryptography;
using System.Text;
using AiSec.Shared.Audit.Chain;
using AiSec.Shared.Audit.Checkpoints;
using AiSec.Shared.Audit.Records;

namespace AiSec.Shared.Audit.Verification;

/// <summary>
/// Verifies audit lines as they stream past, without keeping them: per stream, gap-free seq from 1, each prevHash
/// equal to the previous record's hash, each hash equal to SHA-256 of the stored canonical form, and every signed
/// checkpoint matched (head hash at its seq, Merkle root of its range) — so a modified, deleted, inserted or
/// reordered record, and a tail truncated behind the last checkpoint, are all reported with the first bad seq.
/// Give it a stream's checkpoints first (<see cref="AddCheckpoint"/>), then its records in stored order.
/// The hot path allocates nothing per record.
/// </summary>
public sealed class AuditVerifier(AuditPublicKey publicKey, bool allowPartial = false) : IDisposable
{
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Dictionary<string, StreamState> _streams = new(StringComparer.Ordinal);
    private StreamState? _current;
    private byte[] _currentName = [];
    private long _records;
    private long _checkpoints;

    public bool Failed => FailureReason is not null;

    public string? FailureReason { get; private set; }

    public long? FailureSeq { get; private set; }

    public string? FailureStream { get; private set; }

    public long Bytes { get; set; }

    public void AddCheckpoint(ReadOnlySpan<byte> line)
    {
        if (Failed)
        {
            return;
        }

        if (!AuditCheckpoint.TryParse(line, out var checkpoint))
        {
            Fail(null, null, "unreadable checkpoint line");
            return;
        }

        _checkpoints++;
        if (!AuditRecordFormat.IsValidStreamName(checkpoint!.Stream) || checkpoint.Seq <= checkpoint.FromSeq || checkpoint.FromSeq < 0)
        {
            Fail(checkpoint.Stream, checkpoint.Seq, $"checkpoint at seq {checkpoint.Seq} is malformed");
            return;
        }

        if (checkpoint.CheckSignature(publicKey) is { } problem)
        {
            Fail(checkpoint.Stream, checkpoint.Seq, problem);
            return;
        }

        var head = new byte[AuditHash.Size];
        var root = new byte[AuditHash.Size];
        if (!AuditHash.TryParseHex(Encoding.ASCII.GetBytes(checkpoint.HeadHash), head)
            || !AuditHash.TryParseHex(Encoding.ASCII.GetBytes(checkpoint.MerkleRoot), root))
        {
            Fail(checkpoint.Stream, checkpoint.Seq, $"checkpoint at seq {checkpoint.Seq} has a malformed hash");
            return;
        }

        var state = State(checkpoint.Stream);
        state.Pending.Add(new ActiveCheckpoint(checkpoint.Seq, checkpoint.FromSeq, head, root));
        state.Sorted = false;
    }

    /// <summary>Checks one record line; <paramref name="expectedStream"/> is the stream its storage location says.</summary>
    public void AddRecord(ReadOnlySpan<byte> line, string? expectedStream = null)
    {
        if (Failed)
        {
            return;
        }

        if (!AuditLine.TryParseRecord(line, out var fields, out var error))
        {
            var seq = _current is { } c ? c.LastSeq + 1 : (long?)null;
            Fail(_current?.Name, seq, $"{error} (after seq {_current?.LastSeq ?? 0})");
            return;
        }

        var name = line[fields.Stream];
        if (_current is null || !name.SequenceEqual(_currentName))
        {
            _currentName = name.ToArray();
            _current = State(Encoding.UTF8.GetString(name));
        }

        var state = _current;
        if (expectedStream is not null && !string.Equals(state.Name, expectedStream, StringComparison.Ordinal))
        {
            Fail(expectedStream, fields.Seq, $"record of stream '{state.Name}' stored in stream '{expectedStream}'");
            return;
        }

        _records++;
        var expected = state.LastSeq + 1;
        if (state.Records == 0 && allowPartial && fields.Seq > 1)
        {
            expected = fields.Seq;
            state.FirstSeq = fields.Seq;
            state.Partial = true;
        }

        if (fields.Seq != expected)
        {
            Fail(state.Name, Math.Min(expected, fields.Seq), fields.Seq < expected
                ? $"seq {fields.Seq} appears after seq {state.LastSeq}: inserted, duplicated or reordered record"
                : $"record(s) missing: expected seq {expected}, found seq {fields.Seq} (deleted or reordered)");
            return;
        }

        Span<byte> prev = stackalloc byte[AuditHash.Size];
        Span<byte> claimed = stackalloc byte[AuditHash.Size];
        Span<byte> actual = stackalloc byte[AuditHash.Size];
        if (!AuditHash.TryParseHex(line[fields.PrevHash], prev) || !AuditHash.TryParseHex(line[fields.Hash], claimed))
        {
            Fail(state.Name, fields.Seq, "prevHash or hash is not 64 lower-case hex characters");
            return;
        }

        if (!(state.Partial && state.Records == 0) && !prev.SequenceEqual(state.LastHash))
        {
            Fail(state.Name, fields.Seq, fields.Seq == 1
                ? "first record does not start from the genesis hash"
                : $"prevHash does not match the hash of seq {fields.Seq - 1} (a record was inserted, replaced or reordered)");
            return;
        }

        HashCanonical(_sha, line, actual);
        if (!actual.SequenceEqual(claimed))
        {
            Fail(state.Name, fields.Seq, "hash does not match the record's content (record modified)");
            return;
        }

        actual.CopyTo(state.LastHash);
        state.LastSeq = fields.Seq;
        state.Records++;
        if (state.Pending.Count > 0 || state.Active.Count > 0)
        {
            CheckCheckpoints(state, fields.Seq, actual);
        }
    }

    /// <summary>Final checks (truncation behind the last checkpoint) and the result.</summary>
    public AuditVerificationResult Complete()
    {
        foreach (var state in _streams.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (Failed)
            {
                break;
            }

            var lastSigned = state.LastCheckpointSeq;
            if (lastSigned > state.LastSeq)
            {
                Fail(state.Name, state.LastSeq + 1, state.Records == 0
                    ? $"no records, but a signed checkpoint vouches for {lastSigned} (log truncated)"
                    : $"records end at seq {state.LastSeq} but a signed checkpoint vouches for seq {lastSigned} (log truncated)");
            }
        }

        var summaries = _streams.Values
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new AuditStreamSummary(s.Name, s.Records == 0 ? 0 : s.FirstSeq, s.LastSeq, s.Records, s.VerifiedCheckpointSeq))
            .ToList();
        return new AuditVerificationResult(!Failed, _records, _checkpoints, FailureSeq, FailureStream, FailureReason, Bytes, summaries);
    }

    /// <summary>Records this far; a caller can stop reading once <see cref="Failed"/>.</summary>
    public long Records => _records;

    /// <summary>SHA-256 of the canonical form: the line without its last 75 bytes (the hash member) plus the closing brace.</summary>
    public static void HashCanonical(IncrementalHash hash, ReadOnlySpan<byte> line, Span<byte> destination)
    {
        hash.AppendData(line[..^AuditRecordFormat.HashMemberLength]);
        hash.AppendData("}"u8);
        hash.GetHashAndReset(destination);
    }

    public void Dispose() => _sha.Dispose();

    private void CheckCheckpoints(StreamState state, long seq, ReadOnlySpan<byte> hash)
    {
        if (state.Pending.Count > 0 && !state.Sorted)
        {
            state.Pending.Sort((a, b) => b.FromSeq.CompareTo(a.FromSeq));
            state.Sorted = true;
        }

        // Start every checkpoint whose range begins here (or earlier, for the start of a partial export).
        while (state.Pending.Count > 0 && state.Pending[^1].FromSeq < seq)
        {
            var starting = state.Pending[^1];
            state.Pending.RemoveAt(state.Pending.Count - 1);
            if (starting.Seq < seq)
            {
                // Entirely before a partial export's first record: nothing here to check it against.
                continue;
            }

            starting.HeadOnly = starting.FromSeq + 1 < seq;
            if (starting.HeadOnly && !state.Partial)
            {
                Fail(state.Name, seq, $"checkpoint at seq {starting.Seq} starts at seq {starting.FromSeq + 1}, before the records read");
                return;
            }

            state.Active.Add(starting);
        }

        for (var i = state.Active.Count - 1; i >= 0; i--)
        {
            var checkpoint = state.Active[i];
            if (!checkpoint.HeadOnly)
            {
                checkpoint.Merkle.Add(hash);
            }

            if (checkpoint.Seq != seq)
            {
                continue;
            }

            state.Active.RemoveAt(i);
            if (!hash.SequenceEqual(checkpoint.HeadHash))
            {
                Fail(state.Name, checkpoint.FromSeq + 1,
                    $"the signed checkpoint at seq {seq} vouches for a different head hash: records in seq {checkpoint.FromSeq + 1}..{seq} were rewritten");
                return;
            }

            if (!checkpoint.HeadOnly && !checkpoint.Merkle.Root().AsSpan().SequenceEqual(checkpoint.MerkleRoot))
            {
                Fail(state.Name, checkpoint.FromSeq + 1, $"Merkle root of seq {checkpoint.FromSeq + 1}..{seq} does not match the signed checkpoint");
                return;
            }

            state.VerifiedCheckpointSeq = Math.Max(state.VerifiedCheckpointSeq, seq);
        }
    }

    private void Fail(string? stream, long? seq, string reason)
    {
        if (Failed)
        {
            return;
        }

        FailureStream = stream;
        FailureSeq = seq;
        FailureReason = reason;
    }

    private StreamState State(string name)
    {
        if (!_streams.TryGetValue(name, out var state))
        {
            state = new StreamState(name);
            _streams[name] = state;
        }

        return state;
    }

    private sealed class StreamState(string name)
    {
        public string Name { get; } = name;

        public long FirstSeq { get; set; } = 1;

        public long LastSeq { get; set; }

        public long Records { get; set; }

        public bool Partial { get; set; }

        public byte[] LastHash { get; } = new byte[AuditHash.Size];

        public List<ActiveCheckpoint> Pending { get; } = [];

        public bool Sorted { get; set; }

        public List<ActiveCheckpoint> Active { get; } = [];

        public long VerifiedCheckpointSeq { get; set; }

        public long LastCheckpointSeq => Math.Max(
            VerifiedCheckpointSeq,
            Math.Max(Pending.Count == 0 ? 0 : Pending.Max(c => c.Seq), Active.Count == 0 ? 0 : Active.Max(c => c.Seq)));
    }

    private sealed class ActiveCheckpoint(long seq, long fromSeq, byte[] headHash, byte[] merkleRoot)
    {
        public long Seq { get; } = seq;

        public long FromSeq { get; } = fromSeq;

        public byte[] HeadHash { get; } = headHash;

        public byte[] MerkleRoot { get; } = merkleRoot;

        public bool HeadOnly { get; set; }

        public MerkleBuilder Merkle { get; } = new();
    }
}
