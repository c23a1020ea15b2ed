using AiSec.LocalHost.Emulator;

namespace AiSec.Testing;

public static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Require();

    /// <summary>The design data beside the repository (<c>../shared</c>); tests that need it say so when it is missing.</summary>
    public static string SharedData(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new InvalidOperationException($"This test needs {path} from ../shared (the project's shared design data), which is missing.");
    }
}
