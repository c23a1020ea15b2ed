namespace AiSec.LocalHost.Emulator;

/// <summary>
/// An exclusive, cross-process lock on a file (an OS advisory lock: released when the holder exits, even killed),
/// held while a process decides whether to reuse or start the emulator of a data folder.
/// </summary>
public sealed class FolderLock : IDisposable
{
    private readonly FileStream _stream;

    private FolderLock(FileStream stream) => _stream = stream;

    public static async Task<FolderLock> AcquireAsync(string file, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FolderLock(new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (waited.Elapsed < timeout)
            {
                // Another process is starting or stopping the emulator; it holds the lock for seconds at most.
                await Task.Delay(100, cancellationToken);
            }
            catch (IOException ex)
            {
                throw new EmulatorException($"Another process has held {file} for {timeout.TotalSeconds:0} s; is an emulator start hanging?", ex);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
