using Entente.Simulation.Backtest;

namespace Entente.Application;

/// <summary>The capability schemes of a backtest by the names users give them.</summary>
internal static class CapabilitySchemes
{
    private static readonly Dictionary<string, CapabilityScheme> Schemes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["equal"] = CapabilityScheme.Equal,
        ["gdp"] = CapabilityScheme.Gdp,
        ["voting-power"] = CapabilityScheme.VotingPower,
        ["votes"] = CapabilityScheme.Votes,
    };

    /// <summary>The names, in the order shown to users.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Schemes.Keys];

    /// <summary>The scheme <paramref name="name"/> names (any case), or null.</summary>
    public static CapabilityScheme? Parse(string? name) => name is not null && Schemes.TryGetValue(name, out var scheme) ? scheme : null;

    /// <summary>The name of <paramref name="scheme"/>.</summary>
    public static string Name(CapabilityScheme scheme) => Schemes.First(kv => kv.Value == scheme).Key;
}
