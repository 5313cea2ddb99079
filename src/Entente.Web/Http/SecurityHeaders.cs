namespace Entente.Web;

/// <summary>
/// Headers on every response: a content security policy that allows no inline script and nothing from another
/// origin, no MIME sniffing, no framing, no referrer. Responses that need more (the self-contained HTML report's
/// inline style and data-URI charts) set their own, never script.
/// </summary>
internal static class SecurityHeaders
{
    public const string Policy = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>
    /// The UI's pages: still no inline script and nothing from another origin, but inline style (the component library
    /// and the chart and editor scripts set styles at run time), data-URI images and fonts (the editor's icons),
    /// same-origin workers (the editor's) and a base of the app's own root (the editor resolves its files from it).
    /// </summary>
    public const string UiPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        Apply(context.Response);
        if (IsUi(context.Request.Path))
        {
            context.Response.Headers.ContentSecurityPolicy = UiPolicy;
        }
        return next(context);
    });

    // Everything but the API, its document and its reference is the UI or a file the UI loads.
    private static bool IsUi(PathString path) =>
        !path.StartsWithSegments("/api", StringComparison.Ordinal)
        && !path.StartsWithSegments("/openapi", StringComparison.Ordinal)
        && !path.StartsWithSegments("/scalar", StringComparison.Ordinal);

    /// <summary>Sets the headers; again after a response is cleared to become a problem.</summary>
    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
