using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AiSec.LocalHost.Emulator;

/// <summary>Asks a process to stop (SIGTERM on Unix) instead of killing it, so it can flush its state.</summary>
internal static partial class ProcessSignals
{
    private const int SigTerm = 15;
    private const int SigKill = 9;

    public static void Terminate(int processId)
    {
        if (OperatingSystem.IsWindows())
        {
            using var process = Process.GetProcessById(processId);
            process.Kill(entireProcessTree: true);
            return;
        }

        _ = Kill(processId, SigTerm);
    }

    public static void Kill(int processId)
    {
        if (OperatingSystem.IsWindows())
        {
            Terminate(processId);
            return;
        }

        _ = Kill(processId, SigKill);
    }

    public static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
