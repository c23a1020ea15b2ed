using System.Text;
using AiSec.Shared.Audit.Chain;
using AiSec.Shared.Audit.Records;

namespace AiSec.Audit.Tests;

/// <summary>The ways someone could alter a log of records 1..30 (checkpoints at 10, 20, 30), and the first bad seq each must be reported at.</summary>
public static class Tamper
{
    public static TheoryData<string, long> Kinds => new()
    {
        { "modified", 15 },
        { "deleted", 15 },
        { "inserted", 15 },
        { "reordered", 15 },
        { "truncated", 26 },
        { "rewritten", 11 },
    };

    /// <summary>Applies <paramref name="kind"/> to record lines in seq order (line i is seq i+1).</summary>
    public static List<string> Apply(string kind, List<string> records)
    {
        var lines = new List<string>(records);
        switch (kind)
        {
            case "modified":
                lines[14] = lines[14].Replace("\"outcome\":\"block\"", "\"outcome\":\"allow\"", StringComparison.Ordinal);
                Assert.NotEqual(records[14], lines[14]);
                break;
            case "deleted":
                lines.RemoveAt(14);
                break;
            case "inserted":
                // A well-formed forgery chained to seq 14, slipped in before the real seq 15.
                lines.Insert(14, Rehash(lines[14].Replace("request-15", "request-forged", StringComparison.Ordinal), HashOf(lines[13])));
                break;
            case "reordered":
                (lines[14], lines[15]) = (lines[15], lines[14]);
                break;
            case "truncated":
                lines.RemoveRange(25, lines.Count - 25);
                break;
            case "rewritten":
                // Change seq 15 and recompute every later hash, so the chain alone looks intact: only the checkpoints catch it.
                lines[14] = lines[14].Replace("request-15", "request-rewritten", StringComparison.Ordinal);
                for (var i = 14; i < lines.Count; i++)
                {
                    lines[i] = Rehash(lines[i], HashOf(lines[i - 1]));
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        return lines;
    }

    /// <summary>Re-creates a record line with a new prevHash and a correct hash, as a forger with the format spec would.</summary>
    public static string Rehash(string line, byte[] prevHash)
    {
        var stream = Between(line, "{\"stream\":\"", "\"");
        var seq = long.Parse(Between(line, "\"seq\":", ","), System.Globalization.CultureInfo.InvariantCulture);
        var bodyStart = line.IndexOf("\"time\"", StringComparison.Ordinal);
        var bodyEnd = line.IndexOf(",\"prevHash\"", StringComparison.Ordinal);
        var body = Encoding.UTF8.GetBytes(line[bodyStart..bodyEnd]);
        var buffer = new GrowableBuffer();
        AuditRecordFormat.WriteLine(buffer, stream, seq, body, prevHash, new byte[AuditHash.Size]);
        return Encoding.UTF8.GetString(buffer.WrittenSpan).TrimEnd('\n');
    }

    public static byte[] HashOf(string line) => Convert.FromHexString(Between(line, "\"hash\":\"", "\""));

    private static string Between(string text, string start, string end)
    {
        var from = text.LastIndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
