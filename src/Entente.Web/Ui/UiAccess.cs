using Entente.Application;

namespace Entente.Web.Ui;

/// <summary>
/// What this browser session may do. The UI calls the application layer in process, past the API's token check, so
/// it applies the same rule itself: on loopback anyone may; where the server requires tokens, the user pastes one
/// (kept in this session's memory only) and its role decides, as for the API: readers look, analysts run.
/// </summary>
internal sealed class UiAccess(WebSettings settings, TokenService tokens)
{
    public bool TokensRequired => settings.TokensRequired;

    /// <summary>The token's role once given; null before.</summary>
    public string? Role { get; private set; }

    public bool CanRead => !TokensRequired || Role is not null;

    public bool CanRun => !TokensRequired || Role is "analyst" or "admin";

    /// <summary>The run store the UI saves to and reads from: the server's.</summary>
    public string Store => settings.Store;

    public async Task<bool> SignInAsync(string token, CancellationToken cancellation)
    {
        Role = await tokens.RoleOfAsync(settings.Store, token.Trim(), cancellation);
        return Role is not null;
    }
}
