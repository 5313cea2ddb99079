using System.Security.Cryptography;
using System.Text;
using Entente.Storage;

namespace Entente.Application;

/// <summary>
/// The web app's API tokens: 256 random bits each, kept in the run store only as their SHA-256 hash (a random
/// token needs no slow hash: there is nothing to guess), with the role they grant.
/// </summary>
public sealed class TokenService(RunStores stores)
{
    private const string Prefix = "ent_";

    /// <summary>Creates a token and stores its hash.</summary>
    /// <exception cref="RequestException">The request is invalid or the store fails.</exception>
    public async Task<CreatedToken> CreateAsync(TokenRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        using var store = stores.Open(request.Store!);
        try
        {
            var id = await store.SaveTokenAsync(request.Role, Hash(token), request.Label, cancellation).ConfigureAwait(false);
            return new CreatedToken(token, request.Role, id, store.Location);
        }
        catch (StoreException e)
        {
            throw new RequestException("store", e.Message);
        }
    }

    /// <summary>The role <paramref name="token"/> grants in the store at <paramref name="location"/>; null for an unknown token.</summary>
    /// <exception cref="RequestException">The store fails.</exception>
    public async Task<string?> RoleOfAsync(string location, string token, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        using var store = stores.Open(location);
        try
        {
            return await store.FindTokenRoleAsync(Hash(token), cancellation).ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            throw new RequestException("store", e.Message);
        }
    }

    /// <summary>The hash the store keeps: SHA-256 of the token's UTF-8 bytes, lower-case hex.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
