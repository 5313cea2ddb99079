using System.Collections.Concurrent;
using Entente.Formats.Importers.Deu;

namespace Entente.Simulation.VotingPower;

/// <summary>
/// Each member state's normalised Banzhaf index in the Council under a regime and a voting rule.
/// Figures and method: docs/data/eu-voting-power.md.
/// </summary>
public static class CouncilPower
{
    /// <summary>
    /// Populations enter the double-majority game in units of 100,000 so the generating function stays
    /// small (about 5,000 population cells); the index is exact for the rounded figures.
    /// </summary>
    public const int PopulationUnit = 100;

    private static readonly ConcurrentDictionary<(string, bool), IReadOnlyDictionary<string, double>> Cache = new();

    /// <summary>
    /// The members' indices (summing to 1) under <paramref name="regime"/>; under unanimity every member
    /// holds a veto and the indices are equal.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Indices(CouncilRegime regime, bool unanimity) =>
        Cache.GetOrAdd((regime.Name, unanimity), _ => Compute(regime, unanimity));

    /// <summary>The game the regime plays, members in ordinal order of their ids.</summary>
    public static (string[] Members, TwoCriteriaGame Game) GameOf(CouncilRegime regime, bool unanimity)
    {
        var members = regime.Weights.Keys.Order(StringComparer.Ordinal).ToArray();
        var n = members.Length;
        var heads = members.Select(_ => 1).ToArray();
        if (unanimity)
        {
            return (members, new TwoCriteriaGame(heads, heads, (_, count) => count == n));
        }
        if (regime.DoubleMajority)
        {
            var population = members.Select(m => (int)Math.Round(regime.Weights[m] / (double)PopulationUnit)).ToArray();
            var total = population.Sum();
            var membersNeeded = regime.MembersNeeded;
            var blockers = regime.BlockingMembers;
            var share = regime.PopulationShare;
            // Win with 55% of members holding 65% of the people, or when too few members are left to block.
            return (members, new TwoCriteriaGame(population, heads,
                (people, count) => (count >= membersNeeded && people >= share * total) || count > n - blockers));
        }
        var votes = members.Select(m => regime.Weights[m]).ToArray();
        var quota = regime.Quota;
        var needed = regime.MembersNeeded;
        return (members, new TwoCriteriaGame(votes, heads, (v, count) => v >= quota && count >= needed));
    }

    private static IReadOnlyDictionary<string, double> Compute(CouncilRegime regime, bool unanimity)
    {
        var (members, game) = GameOf(regime, unanimity);
        var index = game.NormalisedBanzhaf();
        return members.Select((m, i) => (m, index[i])).ToDictionary(x => x.m, x => x.Item2, StringComparer.Ordinal);
    }
}
