using System.Collections.Concurrent;
using Entente.Domain;
using Entente.Domain.Eu;
using Entente.Formats.Importers.Deu;
using Entente.Models.VotingPower;

namespace Entente.Simulation.VotingPower;

/// <summary>
/// Each member state's normalised Banzhaf or Shapley-Shubik index in the Council under a regime and a voting rule.
/// Figures and method: docs/data/eu-voting-power.md.
/// </summary>
internal static class CouncilPower
{
    private static readonly ConcurrentDictionary<(string, bool, PowerIndex), IReadOnlyDictionary<string, double>> Cache = new();

    /// <summary>
    /// The members' indices (summing to 1) under <paramref name="regime"/>; under unanimity every member
    /// holds a veto and the indices are equal.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Indices(CouncilRegime regime, bool unanimity, PowerIndex index = PowerIndex.Banzhaf) =>
        Cache.GetOrAdd((regime.Name, unanimity, index), _ => Compute(regime, unanimity, index));

    /// <summary>
    /// The game the regime plays, members in ordinal order of their ids: the same game that
    /// <c>power-compromise</c> builds from a DEU scenario's votes and decision rule, so the two agree.
    /// </summary>
    public static (string[] Members, VotingGame Game) GameOf(CouncilRegime regime, bool unanimity)
    {
        ArgumentNullException.ThrowIfNull(regime);
        var members = regime.Weights.Keys.Order(StringComparer.Ordinal).ToArray();
        var votes = members.Select(m => (double)regime.Weights[m]).ToArray();
        return (members, IssuePower.GameOf(votes, unanimity ? DecisionRule.Consensus : regime.Rule));
    }

    private static IReadOnlyDictionary<string, double> Compute(CouncilRegime regime, bool unanimity, PowerIndex kind)
    {
        var (members, game) = GameOf(regime, unanimity);
        var index = kind == PowerIndex.ShapleyShubik ? game.ShapleyShubik() : game.NormalisedBanzhaf();
        return members.Select((m, i) => (m, index[i])).ToDictionary(x => x.m, x => x.Item2, StringComparer.Ordinal);
    }
}
