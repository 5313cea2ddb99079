using System.Globalization;
using Microsoft.Playwright;

namespace Entente.Web.Tests.Infrastructure;

/// <summary>
/// One user in the browser: a fresh context and page on the app, what a person does with the workspace, a screenshot
/// of each step under artifacts/screenshots/, and every script error or policy violation the page reports (a test
/// ends by asserting there were none).
/// </summary>
internal sealed class UiSession : IAsyncDisposable
{
    private static readonly string Screenshots = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    private readonly IBrowserContext _context;
    private readonly string _test;
    private int _step;

    private UiSession(IBrowserContext context, IPage page, string test, Uri address)
    {
        _context = context;
        Page = page;
        _test = test;
        Address = address;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Errors.Add($"page: {error}");
        page.Dialog += async (_, dialog) =>
        {
            Errors.Add($"dialog: {dialog.Message}");
            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    public Uri Address { get; }

    public List<string> Errors { get; } = [];

    public static Task<UiSession> OpenAsync(BrowserApp app, string test) => OpenAsync(app.Browser, app.Address, test);

    /// <summary>A page on another instance of the app (other settings), in the shared browser.</summary>
    public static async Task<UiSession> OpenAsync(IBrowser browser, Uri address, string test)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        return new UiSession(context, page, test, address);
    }

    /// <summary>The workspace, interactive (its controls appear once the browser's connection to the server is up) and its editor loaded.</summary>
    public async Task GoToWorkspaceAsync(string path = "/")
    {
        await Page.GotoAsync(path);
        await Page.GetByTestId("example-select").WaitForAsync();
        await Page.Locator(".monaco-editor .view-lines").WaitForAsync();
    }

    public async Task OpenExampleAsync(string example)
    {
        await Page.GetByTestId("example-select").SelectOptionAsync(example);
        await Page.GetByTestId("open-example").ClickAsync();
        await Page.GetByTestId("valid").WaitForAsync();
        await Page.GetByTestId("file-name").Filter(new() { HasText = example }).WaitForAsync();
    }

    public async Task SetNumberAsync(string testId, double value)
    {
        var input = Page.GetByTestId(testId);
        await input.FillAsync(value.ToString(CultureInfo.InvariantCulture));
        // The change event (what a person's Tab or Enter fires).
        await input.DispatchEventAsync("change");
    }

    public async Task RunForecastAsync()
    {
        await Page.GetByTestId("run").ClickAsync();
        await Page.GetByTestId("forecast-table").WaitForAsync();
        await WaitIdleAsync();
    }

    /// <summary>Waits until no run is under way (the busy note is gone).</summary>
    public async Task WaitIdleAsync() =>
        await Page.GetByTestId("busy").WaitForAsync(new() { State = WaitForSelectorState.Detached });

    public async Task<string> TextAsync(string testId) => (await Page.GetByTestId(testId).InnerTextAsync()).Trim();

    /// <summary>Waits until the element shows <paramref name="expected"/> (the server pushes updates as they come).</summary>
    public async Task WaitForTextAsync(string testId, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string shown;
        while ((shown = await TextAsync(testId)) != expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{testId} shows '{shown}', not '{expected}'");
            await Task.Delay(100);
        }
    }

    /// <summary>A full-page screenshot: artifacts/screenshots/{test}-{step}-{what}.png.</summary>
    public async Task ScreenshotAsync(string what)
    {
        Directory.CreateDirectory(Screenshots);
        _step++;
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Screenshots, $"{_test}-{_step}-{what}.png"),
            FullPage = true,
        });
    }

    /// <summary>One element at full size (a chart, to read its details): artifacts/screenshots/{test}-{step}-{what}.png.</summary>
    public async Task ScreenshotAsync(ILocator element, string what)
    {
        Directory.CreateDirectory(Screenshots);
        _step++;
        await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Screenshots, $"{_test}-{_step}-{what}.png") });
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Entente.slnx")))
            {
                return folder.FullName;
            }
        }
        return AppContext.BaseDirectory;
    }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
