using System.Buffers.Binary;
using System.Text;

namespace AiSec.Discovery.HuggingFace;

/// <summary>The verdict on a pickle stream: which callables it would import when unpickled.</summary>
public sealed record PickleVerdict(string Risk, IReadOnlyList<string> Findings);

/// <summary>
/// Reads pickle opcodes (protocols 0–5) without unpickling and lists every callable the stream imports (GLOBAL,
/// STACK_GLOBAL, INST). Imports of process, file, network or code-execution callables make it "dangerous"; only
/// tensor and container reconstructors make it "safe"; anything else, or a stream it cannot follow, is "unknown".
/// Hand-written: no .NET package reads pickle opcodes, and loading a pickle is exactly what must not happen.
/// </summary>
public static class PickleScanner
{
    public const string Safe = "safe";
    public const string Dangerous = "dangerous";
    public const string Unknown = "unknown";

    private static readonly HashSet<string> DangerousModules = new(StringComparer.Ordinal)
    {
        "os", "posix", "nt", "subprocess", "sys", "shutil", "socket", "runpy", "webbrowser", "pty", "importlib", "commands",
        "ctypes", "pickle", "marshal", "code", "multiprocessing", "asyncio", "requests", "urllib", "http",
    };

    private static readonly HashSet<string> DangerousBuiltins = new(StringComparer.Ordinal)
    {
        "eval", "exec", "execfile", "compile", "open", "getattr", "setattr", "delattr", "__import__", "input", "globals", "vars", "breakpoint",
    };

    private static readonly HashSet<string> SafeBuiltins = new(StringComparer.Ordinal)
    {
        "set", "frozenset", "dict", "list", "tuple", "bytearray", "bytes", "slice", "range", "complex", "float", "int", "bool", "str", "object",
    };

    public static PickleVerdict Scan(ReadOnlySpan<byte> data)
    {
        var imports = new List<string>();
        var strings = new List<string>();
        var complete = Walk(data, imports, strings);
        var findings = imports.Distinct(StringComparer.Ordinal).ToList();
        if (findings.Any(IsDangerous))
        {
            return new PickleVerdict(Dangerous, findings.Where(IsDangerous).ToList());
        }

        return complete && findings.All(IsKnownSafe) ? new PickleVerdict(Safe, findings) : new PickleVerdict(Unknown, findings);
    }

    private static bool IsDangerous(string import)
    {
        var (module, name) = Split(import);
        var root = module.Split('.')[0];
        return DangerousModules.Contains(root) || (root is "builtins" or "__builtin__" && DangerousBuiltins.Contains(name));
    }

    private static bool IsKnownSafe(string import)
    {
        var (module, name) = Split(import);
        var root = module.Split('.')[0];
        return root is "torch" or "numpy" or "collections" or "_codecs" or "transformers" or "tokenizers" or "__torch__"
            || (root is "builtins" or "__builtin__" && SafeBuiltins.Contains(name));
    }

    private static (string Module, string Name) Split(string import)
    {
        var at = import.LastIndexOf(' ');
        return at < 0 ? (import, "") : (import[..at], import[(at + 1)..]);
    }

    /// <returns>True when the stream was followed to its STOP opcode.</returns>
    private static bool Walk(ReadOnlySpan<byte> data, List<string> imports, List<string> strings)
    {
        var i = 0;
        while (i < data.Length)
        {
            var op = data[i++];
            switch (op)
            {
                case (byte)'.':
                    return true;
                case (byte)'c' or (byte)'i':
                {
                    if (!Line(data, ref i, out var module) || !Line(data, ref i, out var name))
                    {
                        return false;
                    }

                    imports.Add($"{module} {name}");
                    break;
                }

                case 0x93: // STACK_GLOBAL: module and name are the last two strings pushed
                    imports.Add(strings.Count >= 2 ? $"{strings[^2]} {strings[^1]}" : "? ?");
                    break;
                case (byte)'X' or (byte)'T' or (byte)'B':
                    if (!Sized(data, ref i, 4, strings, op == (byte)'X'))
                    {
                        return false;
                    }

                    break;
                case 0x8c or (byte)'U' or (byte)'C':
                    if (!Sized(data, ref i, 1, strings, op == 0x8c))
                    {
                        return false;
                    }

                    break;
                case 0x8d or 0x8e or 0x96:
                    if (!Sized(data, ref i, 8, strings, op == 0x8d))
                    {
                        return false;
                    }

                    break;
                case 0x8a:
                    if (!Sized(data, ref i, 1, strings, false))
                    {
                        return false;
                    }

                    break;
                case 0x8b:
                    if (!Sized(data, ref i, 4, strings, false))
                    {
                        return false;
                    }

                    break;
                case (byte)'V' or (byte)'S':
                {
                    if (!Line(data, ref i, out var text))
                    {
                        return false;
                    }

                    strings.Add(text.Trim('\'', '"'));
                    break;
                }

                case (byte)'I' or (byte)'L' or (byte)'F' or (byte)'p' or (byte)'g' or (byte)'P':
                    if (!Line(data, ref i, out _))
                    {
                        return false;
                    }

                    break;
                case 0x80 or (byte)'K' or (byte)'q' or (byte)'h' or 0x82:
                    i += 1;
                    break;
                case (byte)'M' or 0x83:
                    i += 2;
                    break;
                case (byte)'J' or (byte)'r' or (byte)'j' or 0x84:
                    i += 4;
                    break;
                case (byte)'G' or 0x95:
                    i += 8;
                    break;
                case (byte)'N' or 0x88 or 0x89 or (byte)'(' or (byte)')' or (byte)']' or (byte)'}' or 0x8f or 0x90 or 0x91
                    or (byte)'a' or (byte)'e' or (byte)'s' or (byte)'u' or (byte)'b' or (byte)'t' or 0x85 or 0x86 or 0x87
                    or (byte)'l' or (byte)'d' or 0x94 or (byte)'R' or 0x81 or 0x92 or (byte)'o' or (byte)'Q'
                    or (byte)'0' or (byte)'1' or (byte)'2' or 0x97 or 0x98:
                    break;
                default:
                    return false; // not an opcode: corrupt, or not a pickle
            }
        }

        return false;
    }

    private static bool Line(ReadOnlySpan<byte> data, ref int i, out string text)
    {
        var end = data[i..].IndexOf((byte)'\n');
        if (end < 0)
        {
            text = "";
            return false;
        }

        text = Encoding.UTF8.GetString(data.Slice(i, end));
        i += end + 1;
        return true;
    }

    private static bool Sized(ReadOnlySpan<byte> data, ref int i, int lengthBytes, List<string> strings, bool isText)
    {
        if (i + lengthBytes > data.Length)
        {
            return false;
        }

        var length = lengthBytes switch
        {
            1 => data[i],
            4 => (long)BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(i, 4)),
            _ => (long)BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i, 8)),
        };
        i += lengthBytes;
        if (length < 0 || i + length > data.Length)
        {
            return false;
        }

        if (isText)
        {
            strings.Add(Encoding.UTF8.GetString(data.Slice(i, (int)length)));
        }

        i += (int)length;
        return true;
    }
}
