using System.Globalization;
using Entente.Domain;
using Entente.Formats;

namespace Entente.Models.Tests.Exchange;

/// <summary>The exchange model's reference data: the bundled input files and the 2016 round-1 exchange list of CoP21.</summary>
internal static class ExchangeReference
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "data", "reference", "exchange");

    public static string PathOf(string file) => Path.Combine(Folder, file);

    public static Scenario Load(string file) => ScenarioFiles.Load(PathOf(file)).Scenario;

    /// <summary>One line of the reference list: <c>A;issueA;B;issueB;gain;xA;moveA;yA;;xB;moveB;yB</c>.</summary>
    public sealed record Line(int Number, string ActorA, string IssueA, string ActorB, string IssueB, double Gain,
        double PositionA, double MoveA, double NewPositionA, double PositionB, double MoveB, double NewPositionB);

    public static IReadOnlyList<Line> Round1() =>
        File.ReadAllLines(PathOf("cop21-2016-round1-exchanges.csv"))
            .Where(l => l.Trim().Length > 0)
            .Select((text, i) =>
            {
                var f = text.Split(';');
                double N(int k) => double.Parse(f[k], NumberStyles.Float, CultureInfo.InvariantCulture);
                return new Line(i + 1, f[0], f[1], f[2], f[3], N(4), N(5), N(6), N(7), N(9), N(10), N(11));
            })
            .ToList();

    /// <summary>The reference writes two actors under their full names (spec S9).</summary>
    public static string ReferenceName(string actorId) => actorId switch
    {
        "Africangrp" => "Africangroup",
        "Umbrellamin" => "Umbrella",
        _ => actorId,
    };

    /// <summary>
    /// Whether a computed exchange is the reference line: same actors and issues in the same orientation,
    /// gain and both moves within 1e-4. The reference prints moves as differences of rounded positions, so
    /// a move also agrees when its old and new positions both agree with the printed ones.
    /// </summary>
    public static bool Matches(RealisedExchange e, Line line) =>
        ReferenceName(e.ActorA) == line.ActorA && e.IssueA == line.IssueA
        && ReferenceName(e.ActorB) == line.ActorB && e.IssueB == line.IssueB
        && Math.Abs(e.Gain - line.Gain) <= 1e-4
        && MoveAgrees(e.MoveA, e.PositionA, e.NewPositionA, line.MoveA, line.PositionA, line.NewPositionA)
        && MoveAgrees(e.MoveB, e.PositionB, e.NewPositionB, line.MoveB, line.PositionB, line.NewPositionB);

    /// <summary>How many lines from the top agree, in order.</summary>
    public static int LeadingMatches(IReadOnlyList<RealisedExchange> exchanges, IReadOnlyList<Line> lines)
    {
        var n = 0;
        while (n < exchanges.Count && n < lines.Count && Matches(exchanges[n], lines[n]))
        {
            n++;
        }
        return n;
    }

    private static bool MoveAgrees(double move, double from, double to, double printedMove, double printedFrom, double printedTo) =>
        Math.Abs(move - printedMove) <= 1e-4
        || (Math.Abs(from - printedFrom) <= 1.5e-4 && Math.Abs(to - printedTo) <= 1.5e-4);

    public static ForecastResult Run(Scenario scenario, int rounds, params (string Name, string Value)[] options) =>
        ModelCatalog.Create("exchange", options.Select(o => new ModelOption(o.Name, o.Value)).ToList())
            .Run(scenario, new ModelRunContext { Rounds = rounds });
}
