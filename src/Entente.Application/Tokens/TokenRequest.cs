namespace Entente.Application;

/// <summary>Create an API token for the web app (<c>entente tokens create --role reader|analyst|admin</c>).</summary>
public sealed record TokenRequest
{
    /// <summary>The roles, least to most: readers read; analysts also run; admins also delete runs.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["reader", "analyst", "admin"];

    /// <summary>The run store that keeps the token's hash (the store the web app serves).</summary>
    public string? Store { get; init; }

    /// <summary>reader, analyst or admin.</summary>
    public string Role { get; init; } = "";

    /// <summary>A note on whom the token is for; optional.</summary>
    public string? Label { get; init; }

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate()
    {
        var problems = new List<RequestProblem>();
        if (!Roles.Contains(Role, StringComparer.Ordinal)) problems.Add(RequestProblem.Of("role", "must be reader, analyst or admin"));
        if (string.IsNullOrWhiteSpace(Store)) problems.Add(new RequestProblem("store", "a run store is required"));
        return problems;
    }
}
