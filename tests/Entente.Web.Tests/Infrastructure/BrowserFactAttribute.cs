namespace Entente.Web.Tests.Infrastructure;

/// <summary>
/// A fact that drives a real browser: Debian's Chromium at <see cref="BrowserApp.Chromium"/> (eng/test.sh installs it,
/// as root on Debian). Without it the test is skipped, unless <c>ENTENTE_REQUIRE_BROWSER=1</c> says a skip would hide
/// a broken setup: then it fails. Playwright never downloads a browser of its own.
/// </summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = BrowserApp.SkipReason;
    }
}
