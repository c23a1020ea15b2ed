using System.Text;

namespace AiSec.Shared.Audit.Records;

/// <summary>
/// A byte buffer that can be written, rewound and reused across batches. Hand-written because the record writer must
/// step back one byte (the canonical form's closing brace) after hashing, which ArrayBufferWriter does not allow.
/// </summary>
public sealed class GrowableBuffer(int initialCapacity = 64 * 1024)
{
    private byte[] _buffer = new byte[initialCapacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, Length);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, Length);

    public Span<byte> GetSpan(int sizeHint)
    {
        if (_buffer.Length - Length < sizeHint)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + sizeHint));
        }

        return _buffer.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        Length += bytes.Length;
    }

    public void AppendAscii(string text)
    {
        var span = GetSpan(text.Length);
        Length += Encoding.ASCII.GetBytes(text, span);
    }

    public void Truncate(int length) => Length = length;

    /// <summary>A read-only view of the written bytes for an upload (valid until the buffer is written again).</summary>
    public MemoryStream AsStream() => new(_buffer, 0, Length, writable: false);

    public void Clear() => Length = 0;
}
