using Entente.Application;
using Entente.Web.Tests.Infrastructure;

namespace Entente.Web.Tests.Browser;

/// <summary>A person runs the expected utility model and reads a round's dyad map from one actor's perspective.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DyadMapTests(BrowserApp app)
{
    private static readonly Microsoft.Playwright.LocatorWaitForOptions Attached = new() { State = Microsoft.Playwright.WaitForSelectorState.Attached };

    private const string Cars = "ec-cars-1994";

    [BrowserFact]
    public async Task A_rounds_dyad_map_shows_each_other_actor_where_the_service_classifies_it()
    {
        await using var ui = await UiSession.OpenAsync(app, "dyad-map");
        await ui.GoToWorkspaceAsync();
        await ui.OpenExampleAsync(Cars);
        await ui.Page.GetByTestId("model-select").SelectOptionAsync("eum");
        await ui.RunForecastAsync();
        await ui.Page.GetByTestId("round-slider").FillAsync("1");
        await ui.WaitForTextAsync("round-shown", "1");

        var expected = await Expect.ForecastAsync(Api.ExampleText(Cars), $"{Cars}.yaml", model: "eum");
        var dyads = expected.Run.Result.Issues[0].Rounds[1].Dyads!;
        var first = dyads[0].Actor;
        var seen = dyads.Where(d => d.Actor == first).ToList();
        var map = ui.Page.GetByTestId("chart-dyads");
        // One trace per kind that occurs, one point per other actor.
        var kinds = seen.Select(d => d.Kind).Distinct().Count();
        await map.Locator(".scatterlayer .trace").Nth(kinds - 1).WaitForAsync(Attached);
        Assert.Equal(kinds, await map.Locator(".scatterlayer .trace").CountAsync());
        // Actors at the same point share it.
        Assert.Equal(seen.Select(d => (d.Kind, d.ActorUtility, d.OtherUtility)).Distinct().Count(), await map.Locator(".scatterlayer .point").CountAsync());
        var legend = await map.Locator(".legendtext").AllTextContentsAsync();
        Assert.Equal(seen.Select(d => d.Kind.ToString().ToLowerInvariant()).Distinct().Order(), legend.Order());
        await ui.ScreenshotAsync(ui.Page.GetByTestId("dyad-map"), "dyad-map-round-1");

        // Another perspective redraws the map with that actor's dyads.
        var other = dyads.Select(d => d.Actor).Distinct().Last();
        await ui.Page.GetByTestId("dyad-actor").SelectOptionAsync(other);
        await ui.WaitIdleAsync();
        var title = map.Locator(".gtitle");
        await title.Filter(new() { HasText = expected.Run.Scenario.Actors.Single(a => a.Id == other).Name }).WaitForAsync(Attached);
        Assert.Equal(dyads.Where(d => d.Actor == other).Select(d => (d.Kind, d.ActorUtility, d.OtherUtility)).Distinct().Count(),
            await map.Locator(".scatterlayer .point").CountAsync());
        Assert.Empty(ui.Errors);
    }
}
