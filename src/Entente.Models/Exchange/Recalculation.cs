namespace Entente.Models.Exchange;

/// <summary>
/// Brings a candidate up to date after another exchange is realised (spec S8): a side that supplies the
/// same actor-issue continues from the realised position, and a realised move on an issue the candidate's
/// actor demands goes into its update book. A candidate touched either way is computed afresh.
/// Only a candidate that shares an actor and an issue with the realised exchange can be touched.
/// </summary>
internal sealed class Recalculation(ExchangeBoard board, EqualGain equalGain, ExchangeOptions options)
{
    /// <summary>Brings <paramref name="candidate"/> up to date; returns whether it was touched (and computed afresh).</summary>
    public bool Apply(ref ExchangeCandidate candidate, in ExchangeCandidate realised)
    {
        var matchI = SupplyMatch(ref candidate.I, realised);
        var matchJ = SupplyMatch(ref candidate.J, realised);
        var changed = matchI is not null || matchJ is not null;
        if (changed)
        {
            if (options.History == HistoryRule.Realised)
            {
                DropTentative(ref candidate);
            }
            if (matchI is { } moveI)
            {
                candidate.I.History.Add(moveI);
            }
            if (matchJ is { } moveJ)
            {
                candidate.J.History.Add(moveJ);
            }
            if (options.History == HistoryRule.Project)
            {
                // H1: the realised move goes in and straight out again, leaving the stale tentative move.
                DropTentative(ref candidate);
            }
        }
        changed |= DemandMatch(ref candidate, demander: in realised.J, supplier: in realised.I, changed);
        changed |= DemandMatch(ref candidate, demander: in realised.I, supplier: in realised.J, changed);
        if (changed)
        {
            equalGain.Calculate(ref candidate);
        }
        return changed;
    }

    /// <summary>Moves a side on to the realised position when it supplies the same actor-issue; returns the realised move.</summary>
    private static double? SupplyMatch(ref ExchangeSide side, in ExchangeCandidate realised) =>
        SupplyMatch(ref side, in realised.I) ?? SupplyMatch(ref side, in realised.J);

    private static double? SupplyMatch(ref ExchangeSide side, in ExchangeSide other)
    {
        if (!side.Is(other.Actor, other.Supply))
        {
            return null;
        }
        side.Position = other.Vote;
        return other.Move;
    }

    private bool DemandMatch(ref ExchangeCandidate candidate, in ExchangeSide demander, in ExchangeSide supplier, bool changed)
    {
        var same = (candidate.I.Actor == demander.Actor && candidate.I.Demand == demander.Demand)
            || (candidate.J.Actor == demander.Actor && candidate.J.Demand == demander.Demand);
        if (!same)
        {
            return false;
        }
        // The supplier's round start is the board's: positions on it do not change within the round.
        candidate.Record(supplier.Supply, supplier.Actor, board.Position(supplier.Actor, supplier.Supply), supplier.Vote);
        if (!changed)
        {
            DropTentative(ref candidate);
        }
        return true;
    }

    private static void DropTentative(ref ExchangeCandidate candidate)
    {
        candidate.I.DropLast();
        candidate.J.DropLast();
    }
}
