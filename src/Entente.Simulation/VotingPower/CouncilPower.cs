using System.Collections.Concurrent;
using Entente.Formats.Importers.Deu;
using Entente.Models.VotingPower;

namespace Entente.Simulation.VotingPower;

/// <summary>
/// Each member state's normalised Banzhaf or Shapley-Shubik index in the Council under a regime and a voting rule.
/// Figures and method: docs/data/eu-voting-power.md.
/// </summary>
public static class CouncilPower
{
    /// <summary>
    /// Populations enter the double-majority game in units of 100,000 so the generating function stays
    /// small (about 5,000 population cells); the index is exact for the rounded figures.
    /// </summary>
    public const int PopulationUnit = 100;

    private static readonly ConcurrentDictionary<(string, bool, PowerIndex), IReadOnlyDictionary<string, double>> Cache = new();

    /// <summary>
    /// The members' indices (summing to 1) under <paramref name="regime"/>; under unanimity every member
    /// holds a veto and the indices are equal.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Indices(CouncilRegime regime, bool unanimity, PowerIndex index = PowerIndex.Banzhaf) =>
        Cache.GetOrAdd((regime.Name, unanimity, index), _ => Compute(regime, unanimity, index));

    /// <summary>The game the regime plays, members in ordinal order of their ids.</summary>
    public static (string[] Members, VotingGame Game) GameOf(CouncilRegime regime, bool unanimity)
    {
        var members = regime.Weights.Keys.Order(StringComparer.Ordinal).ToArray();
        var n = members.Length;
        if (unanimity)
        {
            return (members, new VotingGame(members.Select(_ => 1).ToArray(), (_, count) => count == n));
        }
        if (regime.DoubleMajority)
        {
            var population = members.Select(m => (int)Math.Round(regime.Weights[m] / (double)PopulationUnit)).ToArray();
            var total = population.Sum();
            var membersNeeded = regime.MembersNeeded;
            var blockers = regime.BlockingMembers;
            var share = regime.PopulationShare;
            // Win with 55% of members holding 65% of the people, or when too few members are left to block.
            return (members, new VotingGame(population,
                (people, count) => (count >= membersNeeded && people >= share * total) || count > n - blockers));
        }
        var votes = members.Select(m => regime.Weights[m]).ToArray();
        var quota = regime.Quota;
        var needed = regime.MembersNeeded;
        return (members, new VotingGame(votes, (v, count) => v >= quota && count >= needed));
    }

    private static IReadOnlyDictionary<string, double> Compute(CouncilRegime regime, bool unanimity, PowerIndex kind)
    {
        var (members, game) = GameOf(regime, unanimity);
        var index = kind == PowerIndex.ShapleyShubik ? game.ShapleyShubik() : game.NormalisedBanzhaf();
        return members.Select((m, i) => (m, index[i])).ToDictionary(x => x.m, x => x.Item2, StringComparer.Ordinal);
    }
}
