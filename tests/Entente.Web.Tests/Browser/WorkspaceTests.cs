using Entente.Web.Tests.Infrastructure;

namespace Entente.Web.Tests.Browser;

/// <summary>A person in the browser opens a case, runs it, edits it in the table and in the YAML.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkspaceTests(BrowserApp app)
{
    // Plotly draws SVG groups, which Playwright counts as attached rather than visible.
    private static readonly Microsoft.Playwright.LocatorWaitForOptions Attached = new() { State = Microsoft.Playwright.WaitForSelectorState.Attached };

    private const string Korea = "korea-2010-yeonpyeong";

    [BrowserFact]
    public async Task Opening_the_Korea_2010_example_and_running_it_shows_the_services_forecast_and_its_chart()
    {
        await using var ui = await UiSession.OpenAsync(app, "korea-run");
        await ui.GoToWorkspaceAsync();
        await ui.ScreenshotAsync("empty-workspace");

        await ui.OpenExampleAsync(Korea);
        await ui.ScreenshotAsync("example-open");
        // Six issues: the actors × issues table goes under the editor, at full width, and fits there without scrolling.
        Assert.Contains("wide", await ui.Page.GetByTestId("scenario-layout").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.True(await ui.Page.EvaluateAsync<bool>(
            "() => { const pane = document.querySelector('[data-testid=stance-table]').closest('.table-pane'); return pane.scrollWidth <= pane.clientWidth; }"),
            "the actors × issues table fits its pane");
        await ui.RunForecastAsync();

        var expected = await Expect.ForecastAsync(Api.ExampleText(Korea), $"{Korea}.yaml");
        foreach (var issue in expected.Run.Result.Issues)
        {
            Assert.Equal(UiSession.Number(issue.Forecast), await ui.TextAsync($"forecast-{issue.IssueId}"));
        }
        // The chart of the first issue: a line per actor on it, plus the weighted median; its labels axis carries the scale's labels.
        var first = expected.Run.Scenario.Issues[0];
        var actors = expected.Run.Result.Issues[0].Rounds[0].Positions.Count;
        var chart = ui.Page.GetByTestId("chart-trajectory");
        await chart.Locator(".scatterlayer .trace").Nth(actors).WaitForAsync(Attached);
        var ticks = await chart.Locator("g.y2tick text").AllTextContentsAsync();
        Assert.Equal(first.Scale.Labels.Select(l => Shorten(l.Label)), ticks);
        // Hover shows values: Plotly's hover layer answers a mouse over a point.
        Assert.True(await chart.Locator(".nsewdrag").CountAsync() > 0, "the chart takes the mouse (hover, zoom)");
        await ui.Page.GetByTestId("diplomacy").WaitForAsync();
        await ui.ScreenshotAsync("forecast");
        await ui.ScreenshotAsync(chart, "trajectory-chart");
        await ui.ScreenshotAsync(ui.Page.GetByTestId("diplomacy"), "diplomacy");

        // The round slider: round 1 shows the moves of round 1 as the forecast document records them.
        await ui.Page.GetByTestId("round-slider").FillAsync("1");
        await ui.WaitForTextAsync("round-shown", "1");
        var round1 = expected.Run.Result.Issues[0].Rounds[1];
        var moves = await ui.Page.GetByTestId("round-moves").Locator("tbody tr").AllInnerTextsAsync();
        Assert.Equal(round1.Positions.Count, moves.Count);
        await ui.ScreenshotAsync("round-1");
        Assert.Empty(ui.Errors);
    }

    [BrowserFact]
    public async Task Changing_a_salience_in_the_table_rewrites_the_yaml_and_moves_the_forecast()
    {
        await using var ui = await UiSession.OpenAsync(app, "korea-table");
        await ui.GoToWorkspaceAsync();
        await ui.OpenExampleAsync(Korea);
        await ui.RunForecastAsync();

        await ui.SetNumberAsync("salience-KP-kp_strike", 0.1);
        var edited = Api.ExampleText(Korea).Replace(
            "      KP: { position: 0, salience: 0.6 }   # account: the North had not",
            "      KP: { position: 0, salience: 0.1 }   # account: the North had not", StringComparison.Ordinal);
        var before = await Expect.ForecastAsync(Api.ExampleText(Korea), $"{Korea}.yaml");
        var after = await Expect.ForecastAsync(edited, $"{Korea}.yaml");
        var moved = after.Run.Result.Issues.Single(i => i.IssueId == "kp_strike");
        Assert.NotEqual(before.Run.Result.Issues.Single(i => i.IssueId == "kp_strike").Forecast, moved.Forecast);
        await ui.WaitForTextAsync("forecast-kp_strike", UiSession.Number(moved.Forecast));
        foreach (var issue in after.Run.Result.Issues)
        {
            Assert.Equal(UiSession.Number(issue.Forecast), await ui.TextAsync($"forecast-{issue.IssueId}"));
        }
        // The YAML in the editor is the file with that one number changed, comments and all.
        Assert.Equal(edited, await ui.Page.EvaluateAsync<string>("() => blazorMonaco.editors[0].editor.getValue()"));
        await ui.ScreenshotAsync("salience-changed");
        Assert.Empty(ui.Errors);
    }

    [BrowserFact]
    public async Task A_typed_error_is_marked_at_the_line_the_validator_names()
    {
        await using var ui = await UiSession.OpenAsync(app, "korea-typo");
        await ui.GoToWorkspaceAsync();
        await ui.OpenExampleAsync(Korea);

        // The person puts the cursor before China's entry on kp_strike and types an X: an actor the scenario lacks.
        var text = Api.ExampleText(Korea);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.StartsWith("      CN: { position: 0, salience: 0.6 }", StringComparison.Ordinal)) + 1;
        await ui.Page.EvaluateAsync($"() => {{ const e = blazorMonaco.editors[0].editor; e.setPosition({{ lineNumber: {line}, column: 7 }}); e.focus(); }}");
        await ui.Page.Keyboard.TypeAsync("X");

        lines[line - 1] = "      XCN" + lines[line - 1]["      CN".Length..];
        var expected = await Expect.ValidationAsync(string.Join('\n', lines), $"{Korea}.yaml");
        var problems = expected.Diagnostics;
        Assert.Contains(problems, d => d.Severity == Domain.Validation.Severity.Error && d.Line == line);
        await ui.Page.GetByTestId("problem").First.WaitForAsync();
        Assert.Equal(problems.Select(d => d.ToString()), (await ui.Page.GetByTestId("problem-text").AllInnerTextsAsync()).Select(t => t.Trim()));
        // Monaco's markers: one per located problem, at the validator's line.
        var marked = await ui.Page.EvaluateAsync<int[]>("() => monaco.editor.getModelMarkers({ owner: 'entente' }).map(m => m.startLineNumber)");
        Assert.Equal(problems.Where(d => d.Line is not null).Select(d => d.Line!.Value).Order(), marked.Order());
        await ui.Page.Locator(".squiggly-error").First.WaitForAsync();
        await ui.ScreenshotAsync("error-marked");
        Assert.Empty(ui.Errors);
    }

    // The labels axis shortens long labels (ChartStyle.Short).
    private static string Shorten(string label) => label.Length <= 28 ? label : string.Concat(label.AsSpan(0, 27), "…");
}
