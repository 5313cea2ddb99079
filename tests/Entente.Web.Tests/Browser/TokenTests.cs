using Entente.Application;
using Entente.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests.Browser;

/// <summary>Where the server requires API tokens, the UI does too, and a token's role limits it as it limits the API.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UiTokenTests(BrowserApp browser)
{
    [BrowserFact]
    public async Task The_ui_asks_for_a_token_and_a_readers_token_cannot_run_models()
    {
        using var app = new WebApp().With("RequireTokens", true).With("RatePermits", 1_000_000);
        app.UseKestrel(0);
        app.StartServer();
        Uri address;
        using (var probe = app.CreateClient())
        {
            address = probe.BaseAddress!;
        }
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
}
