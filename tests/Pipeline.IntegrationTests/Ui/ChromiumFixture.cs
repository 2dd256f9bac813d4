using Microsoft.Playwright;

namespace Pipeline.IntegrationTests.Ui;

/// <summary>One headless Debian chromium for a test class, driven by Playwright (no browser download: the system one is used).</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots land beside the test binaries, under screenshots/.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            await InstallChromiumAsync();
        }

        Directory.CreateDirectory(ScreenshotFolder);
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            Headless = true,
            ExecutablePath = ExecutablePath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh Debian machine has no chromium: install it as the Azurite fixture installs Azurite, when allowed to.</summary>
    private static async Task InstallChromiumAsync()
    {
        const string Hint = "install Debian's chromium (apt-get install -y chromium fonts-noto-color-emoji), as .ci/run does";
        if (!File.Exists("/usr/bin/apt-get") || Environment.UserName != "root")
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: {Hint}.");
        }

        foreach (var arguments in new[] { "update -qq", "install -y -qq chromium fonts-noto-color-emoji" })
        {
            var start = new System.Diagnostics.ProcessStartInfo("apt-get", arguments) { Environment = { ["DEBIAN_FRONTEND"] = "noninteractive" } };
            using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("apt-get did not start.");
            await process.WaitForExitAsync();
            if (process.ExitCode != 0 || (arguments.StartsWith("install", StringComparison.Ordinal) && !File.Exists(ExecutablePath)))
            {
                throw new InvalidOperationException($"apt-get {arguments} failed with exit code {process.ExitCode}: {Hint}.");
            }
        }
    }

    /// <summary>A new page in a fresh context; tests of one class run one after another, so the error list restarts here.</summary>
    internal async Task<IPage> OpenAsync(PipelineHost host, int width = 1280, int height = 900)
    {
        ConsoleErrors.Clear();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.Http.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
        return page;
    }

    /// <summary>Script and console errors of the latest page: a working page has none (CSP violations land here too).</summary>
    public List<string> ConsoleErrors { get; } = [];

    public static Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
