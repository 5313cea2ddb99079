namespace Entente.Web;

/// <summary>
/// The browsable API reference at <c>/scalar</c>: Scalar's viewer, whose files (scalar.js) come from the
/// Scalar.AspNetCore package and are served by this app. Scalar's own page starts the viewer with an inline
/// script, which the content security policy forbids; this page starts it from a script file instead
/// (<c>/scalar/entente.js</c>), with Scalar's web fonts (fetched from its CDN) turned off. The viewer injects its
/// styles at run time, so this page allows inline style, never inline script.
/// </summary>
internal static class ApiReference
{
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private const string Page = """
        <!doctype html>
        <html lang="en">
        <head>
          <title>Entente API</title>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
        </head>
        <body>
          <div id="app"></div>
          <script src="/scalar/scalar.js"></script>
          <script type="module" src="/scalar/entente.js"></script>
        </body>
        </html>
        """;

    private const string Start = """
        import { initialize } from '/scalar/scalar.aspnetcore.js'
        initialize('/scalar/', false, {
          _integration: 'dotnet',
          withDefaultFonts: false,
          favicon: '/scalar/favicon.svg',
          sources: [{ title: 'Entente API', url: '/openapi/v1.json' }],
        }, '')
        """;

    /// <summary>
    /// Serves this page in place of Scalar's at <c>/scalar</c> and <c>/scalar/</c> (a middleware, as Scalar's route
    /// would otherwise win), and the script that starts the viewer.
    /// </summary>
    public static void Map(WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path.Value is "/scalar" or "/scalar/")
            {
                context.Response.Headers.ContentSecurityPolicy = Policy;
                return Results.Content(Page, "text/html; charset=utf-8").ExecuteAsync(context);
            }
            return next(context);
        });
        app.MapGet("/scalar/entente.js", () => Results.Content(Start, "text/javascript; charset=utf-8")).ExcludeFromDescription();
    }
}
