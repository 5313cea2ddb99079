namespace Entente.Models;

/// <summary>
/// The most rounds any run may be asked for. A run keeps every round it plays (positions, offers), so a limit far
/// beyond what any model needs (the defaults are 10 to 100) would let a fixed-round run fill memory; it also keeps
/// every round counter far from <see cref="int.MaxValue"/>.
/// </summary>
public static class RoundLimit
{
    /// <summary>100,000 rounds.</summary>
    public const int Max = 100_000;

    /// <summary>The complaint about <paramref name="rounds"/> rounds, or null when it is within 1 … <see cref="Max"/>.</summary>
    public static string? Problem(int rounds) => rounds switch
    {
        < 1 => $"must be at least 1 (got {rounds})",
        > Max => $"must be at most {Max:N0} (got {rounds:N0}): a run keeps every round it plays",
        _ => null,
    };
}
