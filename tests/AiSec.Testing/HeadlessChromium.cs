using Microsoft.Playwright;

namespace AiSec.Testing;

/// <summary>
/// The system Chromium (Debian package <c>chromium</c>, installed by .ci/run; <c>AISEC_CHROMIUM</c> points elsewhere)
/// driven headless by Playwright's node driver from its NuGet package, so nothing is downloaded; a throw-away profile.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _browser;
    private readonly DirectoryInfo _profile;

    private HeadlessChromium(IPlaywright playwright, IBrowserContext browser, DirectoryInfo profile, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        _profile = profile;
        Page = page;
    }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("AISEC_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public IPage Page { get; }

    /// <summary>Starts the browser; fails naming the package when it is not installed.</summary>
    public static async Task<HeadlessChromium> StartAsync(int width, int height)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}: install the Debian package 'chromium' (.ci/run does) or set AISEC_CHROMIUM.");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var profile = Directory.CreateTempSubdirectory("aisec-chromium-");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        return new HeadlessChromium(playwright, browser, profile, page);
    }

    /// <summary>A full-page screenshot under artifacts/ at the repository root; fails when it came out empty.</summary>
    public async Task ScreenshotAsync(string name, long minimumBytes = 5_000)
    {
        var path = Path.Combine(RepositoryPaths.Root, "artifacts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        if (new FileInfo(path).Length <= minimumBytes)
        {
            throw new InvalidOperationException($"The screenshot {name} is empty.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        _profile.Delete(recursive: true);
    }
}
