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
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does.");
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
