using System.Globalization;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The forecast in words, from the offers of the run: who moved, toward whom, and why. Long runs and
/// large issues are summarised by their biggest moves so that the text stays readable.
/// </summary>
internal static class Explanation
{
    private const int MovesPerRound = 3;
    private const int RoundsDescribed = 10;

    public static IReadOnlyList<string> Write(IReadOnlyList<RoundState> rounds, string stoppingReason)
    {
        var sentences = new List<string>();
        var described = 0;
        var quietRounds = 0;
        foreach (var round in rounds.Skip(1))
        {
            var moves = (round.Offers ?? []).Where(o => o.To != o.From).ToList();
            if (moves.Count == 0)
            {
                quietRounds++;
                continue;
            }
            if (described == RoundsDescribed)
            {
                continue;
            }
            described++;
            // Biggest moves first; among equals the input order the offers already have.
            foreach (var offer in moves.OrderByDescending(o => Math.Abs(o.To - o.From)).Take(MovesPerRound))
            {
                sentences.Add(Sentence(round.Round, offer));
            }
            if (moves.Count > MovesPerRound)
            {
                sentences.Add(Invariant($"Round {round.Round}: {Common.Wording.Count(moves.Count - MovesPerRound, "other actor")} moved less."));
            }
        }
        var movingRounds = rounds.Count - 1 - quietRounds;
        if (movingRounds > described)
        {
            sentences.Add(Invariant($"Actors kept moving in {Common.Wording.Count(movingRounds - described, "later round")}, not described here."));
        }
        if (described == 0)
        {
            sentences.Add("No actor accepted an offer: every pair was in stalemate or the offers were not worth taking.");
        }
        var last = rounds[^1];
        sentences.Add(Invariant(
            $"Forecast: {last.WeightedMedian:0.0##} (weighted median after round {last.Round}; weighted mean {last.WeightedMean:0.0##}); {stoppingReason}."));
        return sentences;
    }

    private static string Sentence(int round, Offer offer)
    {
        var utilities = Invariant($"(E={offer.ProposerUtility:0.00} vs {offer.ReceiverUtility:0.00})");
        var what = offer.Kind switch
        {
            OfferKind.Confrontation => $"lost a confrontation with {offer.Proposer} {utilities}",
            OfferKind.Compromise => $"accepted a compromise from {offer.Proposer} {utilities}",
            _ => $"capitulated to {offer.Proposer} {utilities}",
        };
        return Invariant($"Round {round}: {offer.Receiver} {what} and moved from {offer.From:0.0##} to {offer.To:0.0##}.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
