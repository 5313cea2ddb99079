using System.Globalization;
using System.Text.Json;
using Entente.Web.Tests.Infrastructure;

namespace Entente.Web.Tests.Browser;

/// <summary>A person compares variants and sweeps noisy inputs, watching progress and cancelling.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AnalysisTests(BrowserApp app)
{
    // Plotly draws SVG groups, which Playwright counts as attached rather than visible.
    private static readonly Microsoft.Playwright.LocatorWaitForOptions Attached = new() { State = Microsoft.Playwright.WaitForSelectorState.Attached };

    private const string Korea = "korea-2010-yeonpyeong";

    [BrowserFact]
    public async Task A_variant_comparison_shows_the_services_paired_differences()
    {
        await using var ui = await UiSession.OpenAsync(app, "korea-variants");
        await ui.GoToWorkspaceAsync();
        await ui.OpenExampleAsync(Korea);
        await ui.SetNumberAsync("trials", 50);

        await ui.Page.GetByTestId("compare").ClickAsync();
        await ui.Page.GetByTestId("comparison").WaitForAsync();
        await ui.WaitIdleAsync();

        var expected = await Expect.ComparisonAsync(Api.ExampleText(Korea), $"{Korea}.yaml", trials: 50);
        using var document = JsonDocument.Parse(expected.Json);
        var variants = document.RootElement.GetProperty("variants").EnumerateArray().ToList();
        Assert.NotEmpty(variants);
        foreach (var variant in variants)
        {
            var name = variant.GetProperty("name").GetString()!;
            foreach (var issue in variant.GetProperty("issues").EnumerateArray())
            {
                Assert.Equal(UiSession.Number(issue.GetProperty("difference").GetDouble()), await ui.TextAsync($"difference-{name}-{issue.GetProperty("id").GetString()}"));
            }
        }
        await ui.Page.GetByTestId("chart-comparison").Locator(".barlayer .trace").Nth(variants.Count - 1).WaitForAsync(Attached);
        await ui.ScreenshotAsync("comparison");
        Assert.Empty(ui.Errors);
    }

    [BrowserFact]
    public async Task A_sweep_shows_its_progress_and_stops_when_cancelled()
    {
        await using var ui = await UiSession.OpenAsync(app, "korea-sweep");
        await ui.GoToWorkspaceAsync();
        await ui.OpenExampleAsync(Korea);
        await ui.SetNumberAsync("sweep-trials", 1_000_000);

        await ui.Page.GetByTestId("sweep-start").ClickAsync();
        await ui.WaitForTextAsync("sweep-status", "running");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        long done;
        while ((done = await DoneAsync(ui)) == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the sweep showed no progress");
            await Task.Delay(100);
        }
        Assert.InRange(done, 1, 999_999);
        await ui.ScreenshotAsync("sweep-running");

        await ui.Page.GetByTestId("sweep-cancel").ClickAsync();
        await ui.WaitForTextAsync("sweep-status", "cancelled");
        Assert.InRange(await DoneAsync(ui), done, 999_999);
        Assert.Equal(0, await ui.Page.GetByTestId("sweep-cancel").CountAsync());
        await ui.ScreenshotAsync("sweep-cancelled");
        Assert.Empty(ui.Errors);
    }

    [BrowserFact]
    public async Task A_finished_sweep_shows_the_services_distribution()
    {
        await using var ui = await UiSession.OpenAsync(app, "ec-sweep");
        await ui.GoToWorkspaceAsync();
        await ui.OpenExampleAsync("ec-cars-1994");
        await ui.SetNumberAsync("sweep-trials", 500);

        await ui.Page.GetByTestId("sweep-start").ClickAsync();
        await ui.Page.GetByTestId("sweep-result").WaitForAsync();

        var expected = await Expect.SweepAsync(Api.ExampleText("ec-cars-1994"), "ec-cars-1994.yaml", 500);
        using var document = JsonDocument.Parse(expected.Json);
        foreach (var issue in document.RootElement.GetProperty("issues").EnumerateArray())
        {
            Assert.Equal(UiSession.Number(issue.GetProperty("mean").GetDouble()), await ui.TextAsync($"sweep-mean-{issue.GetProperty("id").GetString()}"));
        }
        await ui.Page.GetByTestId("chart-sweep").Locator(".scatterlayer .trace").First.WaitForAsync(Attached);
        await ui.ScreenshotAsync("sweep-distribution");

        await ui.Page.GetByTestId("sensitivity-run").ClickAsync();
        await ui.Page.GetByTestId("chart-tornado").Locator(".barlayer .trace").First.WaitForAsync(Attached);
        await ui.ScreenshotAsync("tornado");
        Assert.Empty(ui.Errors);
    }

    private static async Task<long> DoneAsync(UiSession ui) =>
        long.Parse((await ui.TextAsync("sweep-done")).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
}
