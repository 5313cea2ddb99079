using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests.Browser;

/// <summary>A saved run has a permalink that shows it to anyone who opens it, in a fresh browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SavedRunTests(BrowserApp app)
{
    // Plotly draws SVG groups, which Playwright counts as attached rather than visible.
    private static readonly Microsoft.Playwright.LocatorWaitForOptions Attached = new() { State = Microsoft.Playwright.WaitForSelectorState.Attached };

    [BrowserFact]
    public async Task A_saved_runs_permalink_shows_the_stored_forecast_in_a_fresh_page()
    {
        string permalink;
        await using (var ui = await UiSession.OpenAsync(app, "ec-save"))
        {
            await ui.GoToWorkspaceAsync();
            await ui.OpenExampleAsync("ec-cars-1994");
            await ui.RunForecastAsync();
            await ui.Page.GetByTestId("save").ClickAsync();
            await ui.Page.GetByTestId("permalink").WaitForAsync();
            permalink = (await ui.Page.GetByTestId("permalink").GetAttributeAsync("href"))!;
            await ui.ScreenshotAsync("saved");
            Assert.Empty(ui.Errors);
        }
        var id = long.Parse(permalink["/runs/".Length..], System.Globalization.CultureInfo.InvariantCulture);

        // A different person: a new browser context, straight to the permalink.
        await using var reader = await UiSession.OpenAsync(app, "ec-permalink");
        await reader.Page.GotoAsync(permalink);
        await reader.Page.GetByTestId("forecast-table").WaitForAsync();

        using var services = Api.Services();
        var stored = (await services.GetRequiredService<RunService>().RunAsync(new RunsRequest { Store = app.App.Store, Action = RunsAction.Show, Id = id })).Run!;
        foreach (var issue in stored.Issues)
        {
            Assert.Equal(UiSession.Number(issue.Forecast), await reader.TextAsync($"forecast-{issue.IssueId}"));
        }
        await reader.Page.GetByTestId("chart-trajectory").Locator(".scatterlayer .trace").First.WaitForAsync(Attached);
        // Its downloads are the API's documents of that run.
        var json = await reader.Page.APIRequest.GetAsync($"/api/runs/{id}/export?format=json");
        var csv = await reader.Page.APIRequest.GetAsync($"/api/runs/{id}/export?format=csv");
        var report = await reader.Page.APIRequest.GetAsync($"/api/runs/{id}/report");
        Assert.All([json, csv, report], r => Assert.Equal(200, r.Status));
        await reader.ScreenshotAsync("permalink");
        Assert.Empty(reader.Errors);
    }
}
