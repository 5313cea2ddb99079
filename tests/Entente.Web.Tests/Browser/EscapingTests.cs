using System.Text;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Entente.Web.Tests.Browser;

/// <summary>Names a user writes are shown as text, wherever they appear: never run as script.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EscapingTests(BrowserApp app)
{
    // Plotly draws SVG groups, which Playwright counts as attached rather than visible.
    private static readonly Microsoft.Playwright.LocatorWaitForOptions Attached = new() { State = Microsoft.Playwright.WaitForSelectorState.Attached };

    private const string Evil = "<script>alert('a')</script>";

    [BrowserFact]
    public async Task Script_in_an_uploaded_actors_name_is_shown_as_text_and_never_run()
    {
        var text = Api.ExampleText("ec-cars-1994").Replace("{ id: Netherlands, name: Netherlands,", $"{{ id: Netherlands, name: \"{Evil}\",", StringComparison.Ordinal);
        Assert.Contains(Evil, text, StringComparison.Ordinal);
        await using var ui = await UiSession.OpenAsync(app, "script-name");
        await ui.GoToWorkspaceAsync();

        await ui.Page.GetByTestId("upload").SetInputFilesAsync(new FilePayload { Name = "evil.yaml", MimeType = "application/yaml", Buffer = Encoding.UTF8.GetBytes(text) });
        await ui.Page.GetByTestId("valid").WaitForAsync();
        await ui.RunForecastAsync();
        await ui.Page.GetByTestId("chart-trajectory").Locator(".scatterlayer .trace").First.WaitForAsync(Attached);

        Assert.Contains(Evil, await ui.Page.GetByTestId("stance-table").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(Evil, await ui.Page.GetByTestId("chart-trajectory").TextContentAsync() ?? "", StringComparison.Ordinal);
        // Every script on the page is one of the app's files: none came from the name.
        Assert.Equal(0, await ui.Page.EvaluateAsync<int>("() => [...document.scripts].filter(s => !s.src).length"));
        await ui.ScreenshotAsync("escaped");
        Assert.Empty(ui.Errors);
    }
}
