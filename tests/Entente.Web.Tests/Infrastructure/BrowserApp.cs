using Microsoft.Playwright;

namespace Entente.Web.Tests.Infrastructure;

/// <summary>
/// The web app on a real loopback port (Kestrel, so the browser's WebSocket reaches the interactive UI) and one
/// headless Chromium for every browser test; each test opens pages in a context of its own.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    internal static string? SkipReason => File.Exists(Chromium) || Environment.GetEnvironmentVariable("ENTENTE_REQUIRE_BROWSER") == "1"
        ? null
        : $"Chromium not installed at {Chromium}: eng/test.sh installs it as root on Debian (apt-get install chromium)";

    private readonly WebApp _app = new WebApp().With("RatePermits", 1_000_000);
    private IPlaywright? _playwright;

    internal WebApp App => _app;

    public Uri Address { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Belt and braces: nothing here asks Playwright to install a browser, and this says it must not.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _app.UseKestrel(0);
        _app.StartServer();
        using (var probe = _app.CreateClient())
        {
            Address = probe.BaseAddress!;
        }
        Assert.True(Address.IsLoopback, $"the browser tests must stay on loopback, not {Address}");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        _app.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
