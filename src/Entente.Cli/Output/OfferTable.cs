using System.Globalization;
using Entente.Models;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>The offers actors accepted, round by round: who moved, toward whom, and on what terms.</summary>
internal static class OfferTable
{
    // Beyond this many rows an offers table stops being read: list the opening rounds, where the
    // decisive moves happen, and leave the rest to the JSON.
    private const int MostRows = 60;

    public static void Write(IAnsiConsole console, IssueForecast issue)
    {
        var offers = issue.Rounds.Where(r => r.Offers is not null)
            .SelectMany(r => r.Offers!.Select(o => (r.Round, Offer: o)))
            .ToList();
        if (offers.Count == 0)
        {
            return;
        }
        var total = offers.Count;
        var lastRound = offers[^1].Round;
        if (offers.Count > MostRows)
        {
            var cutoff = offers[MostRows - 1].Round;
            offers = offers.TakeWhile(o => o.Round <= cutoff).ToList();
        }
        var table = new Table().Border(TableBorder.Simple).Title("Offers accepted")
            .AddColumns("Round", "Receiver", "Proposer", "Kind", "From", "To", "E(receiver)", "E(proposer)");
        foreach (var (round, offer) in offers)
        {
            table.AddRow(
                round.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(offer.Receiver),
                Markup.Escape(offer.Proposer),
                offer.Kind.ToString().ToLowerInvariant(),
                Numbers.Show(offer.From),
                Numbers.Show(offer.To),
                Numbers.Show(offer.ReceiverUtility),
                Numbers.Show(offer.ProposerUtility));
        }
        FittedTable.Write(console, table);
        if (offers.Count < total)
        {
            console.MarkupLine($"{total - offers.Count} more offers in rounds {offers[^1].Round + 1}-{lastRound} (see --format json).");
        }
    }
}
