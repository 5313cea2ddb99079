using Entente.Domain;

namespace Entente.Models.Tests.Spatial;

/// <summary>
/// With the parameters printed in KTAB's reference logs, smp reproduces the logged history of every
/// actor's position on every dimension (to the printed 0.1) and probability of prevailing (to 1e-4), turn by turn.
/// </summary>
public sealed class KtabHistoryTests
{
    [Theory]
    [InlineData("dummyData_3Dim.csv", "20170530_ref-dummyData_3Dim.txt")]
    [InlineData("SOE-Pol-Comp.csv", "20170530_ref-SOE-Pol-Comp.txt")]
    public void Reproduces_the_reference_history(string input, string log)
    {
        var reference = KtabReference.Read(log);
        var result = Run(input, reference);

        var rounds = result.Rounds!;
        var mismatches = new List<string>();
        var dims = result.Issues.Count;
        Assert.Equal(rounds[0].Positions!.Count * dims, reference.Positions.Count);
        Assert.Equal(rounds[0].Positions!.Count, reference.Probabilities.Count);
        for (var row = 0; row < reference.Positions.Count; row++)
        {
            var (actor, dimension, turns) = reference.Positions[row];
            Assert.Equal(turns.Length, rounds.Count);
            for (var t = 0; t < turns.Length; t++)
            {
                var ours = KtabReference.Show(rounds[t].Positions![actor][row % dims], 1);
                if (ours != turns[t])
                {
                    mismatches.Add($"{actor} {dimension} turn {t}: {ours} vs {turns[t]}");
                }
            }
        }
        foreach (var (actor, turns) in reference.Probabilities)
        {
            for (var t = 0; t < turns.Length; t++)
            {
                var ours = KtabReference.Show(rounds[t].Probabilities![actor], 4);
                if (ours != turns[t])
                {
                    mismatches.Add($"{actor} prob turn {t}: {ours} vs {turns[t]}");
                }
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(40)));
    }

    private static ForecastResult Run(string input, KtabReference reference)
    {
        var options = new List<ModelOption>
        {
            new("victoryModel", reference.Parameter("VictoryProbModel:")),
            new("votingRule", reference.Parameter("VotingRule:")),
            new("pceModel", reference.Parameter("PCEModel:")),
            new("stateTransition", reference.Parameter("StateTransitions:")),
            new("bigRRange", reference.Parameter("BigRRange:")),
            new("bigRAdjust", reference.Parameter("BigRAdjust:")),
            new("thirdPartyCommit", reference.Parameter("ThirdPartyCommit:")),
            new("interpolation", reference.Parameter("InterVecBrgn:")),
            new("bargainingModel", reference.Parameter("BargnModel:")),
        };
        var seed = ulong.Parse(reference.Parameter("Using PRNG seed:"), System.Globalization.CultureInfo.InvariantCulture);
        return ModelCatalog.Create("smp", options).Run(KtabReference.Input(input), new ModelRunContext { Seed = seed });
    }
}
