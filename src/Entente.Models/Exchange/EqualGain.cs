namespace Entente.Models.Exchange;

/// <summary>
/// Computes a candidate's moves and gain (spec S5-S6): the partner that supplies p moves all the way to
/// I's position unless that would make I overshoot J's position on q, in which case I moves all the way;
/// the other move follows from the equal-gain ratio. Then neither compromise may cross the demanding
/// actor's position.
/// </summary>
internal sealed class EqualGain(ExchangeBoard board, ExchangeOptions options)
{
    /// <summary>Below this a move or gain is nothing (the public implementation's threshold).</summary>
    private const double Nothing = 1e-10;

    /// <summary>Slack on the scale ends and on the sum of moves, which Decimal hits exactly and doubles nearly.</summary>
    private const double Slack = 1e-9;

    public void Calculate(ref ExchangeCandidate candidate)
    {
        // References into the candidate: the cap below revises the moves in place.
        ref var i = ref candidate.I;
        ref var j = ref candidate.J;
        var (p, q) = (j.Supply, i.Supply);
        // Shifting p by r_p toward I and q by r_q toward J gives I r_p·s[I,p] − r_q·s[I,q] and J
        // r_q·s[J,q] − r_p·s[J,p]; equal gains fix r_q/r_p.
        var rate = (DemandSalience(in i) + Salience(in j)) / (Salience(in i) + DemandSalience(in j));

        var moveJ = Math.Abs(Target(in i) - j.Position);
        var shiftP = board.Shift(j.Actor, p, moveJ);
        var shiftQ = shiftP * rate;
        var moveI = board.MoveFor(i.Actor, q, shiftQ);
        var roomI = Math.Abs(Target(in j) - i.Position);
        if (moveI > roomI)
        {
            moveI = roomI;
            shiftQ = board.Shift(i.Actor, q, moveI);
            shiftP = shiftQ / rate;
            moveJ = board.MoveFor(j.Actor, p, shiftP);
        }
        i.Propose(i.Position > Target(in j) ? -moveI : moveI);
        j.Propose(j.Position > Target(in i) ? -moveJ : moveJ);
        candidate.Gain = Math.Abs(shiftP * DemandSalience(in i) - shiftQ * Salience(in i));

        candidate.Valid = Acceptable(in i) && Acceptable(in j) && candidate.Gain >= Nothing;
        if (!candidate.Valid)
        {
            return;
        }
        Cap(ref candidate, supplierIsI: true);
        Cap(ref candidate, supplierIsI: false);
        candidate.Valid = Acceptable(in i) && Acceptable(in j);
    }

    // A side's fixed data is the board's (the round-start positions, which do not change in a round),
    // read from there rather than held by every candidate: fewer bytes a candidate, fewer cache misses a step.
    private double Target(in ExchangeSide side) => board.Position(side.Actor, side.Demand);

    private double Salience(in ExchangeSide side) => board.Salience(side.Actor, side.Supply);

    private double DemandSalience(in ExchangeSide side) => board.Salience(side.Actor, side.Demand);

    /// <summary>
    /// V1-V4: a real move of at most the scale, ending on the scale, upward moves not summing past the
    /// scale, and all moves of the round in one direction.
    /// </summary>
    private static bool Acceptable(in ExchangeSide side)
    {
        var move = side.History.Last;
        var size = Math.Abs(move);
        if (!(size > Nothing && size <= 100 + Slack))
        {
            return false;
        }
        var vote = side.Position + move;
        if (vote < -Slack || vote > 100 + Slack)
        {
            return false;
        }
        if (side.History.Sum() > 100 + Slack)
        {
            return false;
        }
        return side.History.OneWay();
    }

    /// <summary>
    /// Cuts the supplier's move (side I's or J's) so that the compromise of its supply issue stops on the
    /// partner's position, and the partner's move to keep the gains equal (spec S6.2-S6.4).
    /// </summary>
    private void Cap(ref ExchangeCandidate candidate, bool supplierIsI)
    {
        ref var supplier = ref supplierIsI ? ref candidate.I : ref candidate.J;
        ref var partner = ref supplierIsI ? ref candidate.J : ref candidate.I;
        var issue = supplier.Supply;
        var target = Target(in partner);
        // The book with one more entry before or after it, as the compromises below need, without an array each time.
        var count = candidate.BookCount(issue);
        var buffer = count < 32 ? stackalloc (int Actor, double Position)[count + 1] : new (int Actor, double Position)[count + 1];
        candidate.Book(issue, buffer, 0);
        var book = buffer[..count];
        double before, after;
        if (options.CapBase == CapBase.Book)
        {
            before = board.Compromise(issue, book);
            after = before + Math.Sign(supplier.Move) * board.Shift(supplier.Actor, issue, supplier.Move);
        }
        else
        {
            (before, after) = board.Compromises(issue, book, supplier.Actor, supplier.Position, supplier.Vote);
        }

        double room;
        if (options.CapTest == CapTest.EndPoint)
        {
            var direction = Math.Sign(supplier.Move);
            if (direction * (after - target) <= 0)
            {
                return;
            }
            room = Math.Max(0, direction * (target - before));
        }
        else
        {
            var reached = Math.Abs(target - before) <= Slack;
            if (reached && options.AtTarget == TargetReached.NoCap)
            {
                return;
            }
            var crosses = !((target - before >= 0 && target - after >= 0) || (target - before <= 0 && target - after <= 0));
            if (!reached && !crosses)
            {
                return;
            }
            room = reached ? 0 : Math.Abs(target - Base(in candidate, in supplier, buffer, count, before));
        }
        Cut(ref candidate, ref supplier, ref partner, room);
    }

    /// <summary>
    /// The compromise the cut measures from. Under P it is the supplier's current position with the book
    /// applied after it, so a book entry for the supplier itself wins (spec S6.3). Rewrites
    /// <paramref name="buffer"/> (the book's <paramref name="count"/> entries and one more) for it.
    /// Without such an entry every actor stands where it stood for <paramref name="before"/> (the book,
    /// then the supplier's current position), so the sum would take the very same terms: it is that value,
    /// bit for bit, and is not computed again; likewise under the book's base, where both are the book's.
    /// </summary>
    private double Base(in ExchangeCandidate candidate, in ExchangeSide supplier, Span<(int Actor, double Position)> buffer, int count, double before)
    {
        if (options.CapBase == CapBase.Book || !Holds(buffer[..count], supplier.Actor))
        {
            return before;
        }
        buffer[0] = (supplier.Actor, supplier.Position);
        candidate.Book(supplier.Supply, buffer, 1);
        return board.Compromise(supplier.Supply, buffer);
    }

    private static bool Holds(ReadOnlySpan<(int Actor, double Position)> book, int actor)
    {
        foreach (var (other, _) in book)
        {
            if (other == actor)
            {
                return true;
            }
        }
        return false;
    }

    private void Cut(ref ExchangeCandidate candidate, ref ExchangeSide supplier, ref ExchangeSide partner, double shift)
    {
        var moveSupplier = board.MoveFor(supplier.Actor, supplier.Supply, shift);
        // The equal-gain ratio seen from the supplier: its supply issue is the partner's demand issue.
        var partnerShift = shift * (Salience(in supplier) + DemandSalience(in partner)) / (DemandSalience(in supplier) + Salience(in partner));
        var movePartner = board.MoveFor(partner.Actor, partner.Supply, partnerShift);
        partner.Revise(partner.Position > Target(in supplier) ? -movePartner : movePartner);
        supplier.Revise(supplier.Position > Target(in partner) ? -moveSupplier : moveSupplier);
        candidate.Gain = Math.Abs(partnerShift * Salience(in partner) - shift * DemandSalience(in partner));
    }
}
