using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Models.Spatial;

namespace Entente.Models.Tests.Spatial;

/// <summary>
/// The first turn of KTAB's dummyData_3Dim log, piece by piece: the risk-neutral utilities, the inferred
/// risk attitudes, each actor's most advantageous target with its worth and chance of winning, and the
/// probabilities of prevailing of turn 0.
/// </summary>
public sealed partial class KtabIntermediateTests
{
    private static readonly KtabReference Reference = KtabReference.Read("20170530_ref-dummyData_3Dim.txt");

    [Fact]
    public void Risk_neutral_utilities_are_one_minus_the_salience_weighted_distance()
    {
        var (analysis, _) = FirstTurn();
        var rows = MatrixAfter("Raw actor-pos value matrix (risk neutral)", analysis.Count);
        for (var a = 0; a < analysis.Count; a++)
        {
            for (var x = 0; x < analysis.Count; x++)
            {
                Assert.Equal(rows[a][x], 1 - analysis.Distances[a * analysis.Count + x], 3);
            }
        }
    }

    [Fact]
    public void Risk_attitudes_come_from_the_capability_weighted_PCE_on_the_mid_range()
    {
        var (analysis, _) = FirstTurn();
        var printed = MatrixAfter("Inferred risk attitudes:", analysis.Count).Select(r => r[0]).ToArray();
        for (var a = 0; a < analysis.Count; a++)
        {
            Assert.Equal(printed[a], analysis.Risk[a], 3);
        }
    }

    [Fact]
    public void Risk_aware_utilities_of_each_actor_use_its_own_risk_attitude()
    {
        var (analysis, _) = FirstTurn();
        var rows = MatrixAfter("Risk-aware actor-pos utility matrix (objective):", analysis.Count);
        for (var a = 0; a < analysis.Count; a++)
        {
            for (var x = 0; x < analysis.Count; x++)
            {
                Assert.Equal(rows[a][x], analysis.OwnUtilities[a * analysis.Count + x], 4);
            }
        }
    }

    [Fact]
    public void Each_actor_targets_the_log_s_most_advantageous_target_with_its_worth_and_probability()
    {
        var (_, outcome) = FirstTurn();
        var targets = Reference.Lines
            .Select((line, at) => (Match: TargetLine().Match(line), At: at))
            .Where(t => t.Match.Success && t.Match.Groups["turn"].Value == "0")
            .ToArray();
        Assert.Equal(targets.Length, outcome.Bargains.Count);
        foreach (var (match, at) in targets)
        {
            var initiator = int.Parse(match.Groups["i"].Value, CultureInfo.InvariantCulture);
            var bargain = outcome.Bargains.Single(b => b.Initiator == initiator);
            Assert.Equal(int.Parse(match.Groups["j"].Value, CultureInfo.InvariantCulture), bargain.Receiver);
            // The first estimate after the target line is the initiator's own: its chance and its gain.
            var estimate = EstimateLine().Match(Reference.Lines.Skip(at).First(l => l.StartsWith("Est by", StringComparison.Ordinal)));
            Assert.Equal(double.Parse(estimate.Groups["p"].Value, CultureInfo.InvariantCulture), bargain.Probability, 4);
            Assert.Equal(double.Parse(estimate.Groups["g"].Value, CultureInfo.InvariantCulture), bargain.Worth, 4);
        }
    }

    private static (TurnAnalysis, TurnOutcome) FirstTurn()
    {
        var space = SpatialScenario.From(KtabReference.Input("dummyData_3Dim.csv"));
        var options = new SpatialOptions();
        var analysis = TurnAnalysis.Of(space.Initial, space.Actors, options);
        return (analysis, new SpatialTurn(space.Actors, options, 0).Play(analysis));
    }

    private static double[][] MatrixAfter(string heading, int rows)
    {
        var at = Array.FindIndex(Reference.Lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        return Reference.Lines.Skip(at + 1).Take(rows)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
    }

    [GeneratedRegex(@"^In turn (?<turn>\d+) actor (?<i>\d+) has most advantageous target (?<j>\d+) worth (?<w>[-+.\d]+)")]
    private static partial Regex TargetLine();

    [GeneratedRegex(@"of prob (?<p>[.\d]+) that.*of (?<g>[-+.\d]+)\s*$")]
    private static partial Regex EstimateLine();
}
