namespace Entente.Storage;

/// <summary>The run store cannot be used: it is unreachable, corrupt, or from a newer Entente. The message names the store.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
