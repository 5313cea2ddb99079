namespace Entente.Models.Common;

/// <summary>English for narratives: lists joined as a reader writes them, counts with the right plural.</summary>
internal static class Wording
{
    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToArray();
        return all.Length switch
        {
            0 => "",
            1 => all[0],
            _ => string.Join(", ", all[..^1]) + " and " + all[^1],
        };
    }

    /// <summary>"1 actor", "2 actors": <paramref name="noun"/> with an s unless there is exactly one.</summary>
    public static string Count(long n, string noun) =>
        FormattableString.Invariant($"{n} {noun}{(n == 1 ? "" : "s")}");
}
