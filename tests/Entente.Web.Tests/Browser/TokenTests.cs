using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests.Browser;

/// <summary>Where the server requires API tokens, the UI does too, and a token's role limits it as it limits the API.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UiTokenTests(BrowserApp browser)
{
    // A server on a real port that requires API tokens, as one bound beyond loopback does.
    private static WebApp TokenServer(out Uri address)
    {
        var app = new WebApp().With("RequireTokens", true).With("RatePermits", 1_000_000);
        app.UseKestrel(0);
        app.StartServer();
        using var probe = app.CreateClient();
        address = probe.BaseAddress!;
        return app;
    }

    [BrowserFact]
    public async Task The_ui_asks_for_a_token_and_a_readers_token_cannot_run_models()
    {
        using var app = TokenServer(out var address);
        using var services = Api.Services();
        var reader = await services.GetRequiredService<TokenService>().CreateAsync(new TokenRequest { Role = "reader", Store = app.Store });
        await using var ui = await UiSession.OpenAsync(browser.Browser, address, "tokens");

        await ui.Page.GotoAsync("/");
        await ui.Page.GetByTestId("token").FillAsync("entente_not-a-token");
        await ui.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await ui.Page.GetByText("That token is not known to this server.").WaitForAsync();
        Assert.Equal(0, await ui.Page.GetByTestId("example-select").CountAsync());
        await ui.ScreenshotAsync("asked");

        await ui.Page.GetByTestId("token").FillAsync(reader.Token);
        await ui.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await ui.Page.Locator(".monaco-editor .view-lines").WaitForAsync();
        await ui.OpenExampleAsync("ec-cars-1994");
        Assert.True(await ui.Page.GetByTestId("run").IsDisabledAsync(), "a reader's token must not run models");
        await ui.ScreenshotAsync("reader");
        Assert.Empty(ui.Errors);
    }

    [BrowserFact]
    public async Task Where_tokens_are_required_a_readers_downloads_of_a_saved_run_are_its_documents()
    {
        using var app = TokenServer(out var address);
        using var services = Api.Services();
        var reader = await services.GetRequiredService<TokenService>().CreateAsync(new TokenRequest { Role = "reader", Store = app.Store });
        var document = await Api.LoadAsync(services, Api.ExampleText("ec-cars-1994"), "ec-cars-1994.yaml");
        var saved = await services.GetRequiredService<ForecastService>().RunAsync(new ForecastRequest { Scenario = document, SaveTo = app.Store });
        var id = saved.Saved!.Id;
        await using var ui = await UiSession.OpenAsync(browser.Browser, address, "token-downloads");

        // A link could not carry the token: the page's downloads come through the signed-in session.
        await ui.Page.GotoAsync($"/runs/{id}");
        await ui.Page.GetByTestId("token").FillAsync(reader.Token);
        await ui.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await ui.Page.GetByTestId("forecast-table").WaitForAsync();
        var runs = services.GetRequiredService<RunService>();
        foreach (var format in new[] { "json", "csv" })
        {
            var download = await ui.Page.RunAndWaitForDownloadAsync(() => ui.Page.GetByTestId($"download-{format}").ClickAsync());
            var expected = (await runs.RunAsync(new RunsRequest { Store = app.Store, Action = RunsAction.Export, Id = id, Format = format })).Document!;
            Assert.Equal($"run-{id}.{format}", download.SuggestedFilename);
            Assert.Equal(expected, await File.ReadAllTextAsync((await download.PathAsync())!));
        }
        var report = await ui.Page.RunAndWaitForDownloadAsync(() => ui.Page.GetByTestId("download-report").ClickAsync());
        var html = await File.ReadAllTextAsync((await report.PathAsync())!);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(document.Scenario.Name, html, StringComparison.Ordinal);
        // The API itself still refuses the same request without the token.
        using var anonymous = app.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/runs/{id}/export?format=json")).StatusCode);
        await ui.ScreenshotAsync("downloaded");
        Assert.Empty(ui.Errors);
    }
}
