using Entente.Application;

namespace Entente.Web;

/// <summary>
/// When tokens are required (<see cref="WebSettings.TokensRequired"/>: bound to anything but loopback), every
/// <c>/api</c> request carries <c>Authorization: Bearer TOKEN</c>, a token of the server's run store (created with
/// <c>entente tokens create</c>), and its role allows what it asks: readers read (GET, and validate, which runs
/// nothing); analysts also run models and cancel sweeps; only admins delete saved runs. Missing or unknown: 401;
/// not allowed: 403. The API reference and OpenAPI document stay open: they hold no data.
/// </summary>
internal sealed class TokenMiddleware(RequestDelegate next, WebSettings settings, TokenService tokens)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!settings.TokensRequired || !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }
        var header = context.Request.Headers.Authorization.ToString();
        var role = header.StartsWith("Bearer ", StringComparison.Ordinal)
            ? await tokens.RoleOfAsync(settings.Store, header["Bearer ".Length..].Trim(), context.RequestAborted)
            : null;
        if (role is null)
        {
            throw new ApiProblemException(StatusCodes.Status401Unauthorized, "An API token is required",
                [ProblemEntry.About("authorization", "authorization: send 'Authorization: Bearer TOKEN' with a token made by 'entente tokens create'")]);
        }
        var needed = Needed(context.Request);
        if (Rank(role) < Rank(needed))
        {
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "The token's role does not allow this",
                [ProblemEntry.About("authorization", $"authorization: a {role} token cannot {Doing(needed)}; it needs an {needed} token or higher")]);
        }
        await next(context);
    }

    private static string Needed(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || request.Path.StartsWithSegments("/api/validate", StringComparison.Ordinal))
        {
            return "reader";
        }
        return HttpMethods.IsDelete(request.Method) && request.Path.StartsWithSegments("/api/runs", StringComparison.Ordinal) ? "admin" : "analyst";
    }

    private static string Doing(string needed) => needed == "admin" ? "delete saved runs" : "run models or cancel sweeps";

    private static int Rank(string role) => TokenRequest.Roles.ToList().IndexOf(role);
}
