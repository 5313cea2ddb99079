namespace Entente.Web;

/// <summary>
/// Headers on every response: a content security policy that allows no inline script and nothing from another
/// origin, no MIME sniffing, no framing, no referrer. Responses that need more (the self-contained HTML report's
/// inline style and data-URI charts) set their own, never script.
/// </summary>
internal static class SecurityHeaders
{
    public const string Policy = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        Apply(context.Response);
        return next(context);
    });

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
