namespace Entente.Application;

/// <summary>A new API token: its text, shown once and stored nowhere (the store keeps its hash), its role and id.</summary>
/// <param name="Token">The token's text, to give as <c>Authorization: Bearer …</c>.</param>
/// <param name="Role">reader, analyst or admin.</param>
/// <param name="Id">Its id in the store.</param>
/// <param name="Location">The store, as shown to the user.</param>
public sealed record CreatedToken(string Token, string Role, long Id, string Location);
