using Entente.Storage;

namespace Entente.Application;

/// <summary>
/// Opens run stores by location (a SQLite path, a <c>postgres://</c> URL or an Npgsql connection string) with the
/// application's clock, turning a store that cannot be opened into a <see cref="RequestException"/> on <c>store</c>.
/// </summary>
public sealed class RunStores(TimeProvider time)
{
    /// <summary>The store at <paramref name="location"/>; the caller disposes it.</summary>
    /// <exception cref="RequestException">It cannot be opened; the problem's message names it.</exception>
    public IRunStore Open(string location)
    {
        try
        {
            return StoreLocation.Open(location, time);
        }
        catch (StoreException e)
        {
            throw new RequestException("store", e.Message);
        }
    }
}
