using Entente.Domain;
using Entente.Formats;
using Entente.Simulation.Advice;
using Entente.Simulation.Forecasting;

namespace Entente.Simulation.Tests.Advice;

/// <summary>
/// The cost column's conflict cost (tests/data/advice/contest-carried-out.yaml): Beta defies any threat of contest over
/// b_move, and Alpha, resolute, carries its threat out whenever it is tested, paying its conflict cost each time.
/// Nothing is uncertain, so every draw is the same run and the expected cost can be counted by hand.
/// </summary>
public sealed class ConflictCostTests
{
    private static readonly Scenario Case =
        ScenarioFiles.Load(Path.Combine(AppContext.BaseDirectory, "data", "advice", "contest-carried-out.yaml")).Scenario;

    private static AdviceResult Advise(Scenario scenario) => LeverSearch.Run(new ForecastRequest { Scenario = scenario },
        new AdviceSettings { Actor = "A", Families = [LeverFamily.Commitment], Issues = ["b_move"], Trials = 50, Search = AdviceSearch.Grid });

    [Fact]
    public void A_threat_carried_out_costs_its_conflict_cost_each_time_it_is_tested_and_the_cost_column_shows_it()
    {
        // By hand: the threat is sent in round 1 and first tested in round 2 (diplomacy.md: "in the round after the claim
        // was sent, and then every round"); Beta stays at 100 > 0 through round 3, the run's last, so Alpha contests in
        // rounds 2 and 3 at 0.25 each: 0.5 in every draw. The base has no threat and pays nothing.
        var result = Advise(Case);
        foreach (var channel in (string[])["privately", "publicly"])
        {
            var threat = result.Levers.Single(l => l.Description == $"threaten B {channel} with a contest if b_move goes above 0");
            Assert.Equal(50, threat.Trials);
            Assert.Equal(2 * 0.25, threat.Cost.Conflict, 12);
            Assert.Equal(0, threat.Cost.Reputation, 12);
            Assert.Contains("a conflict cost of 0.5 paid carrying out a threat", threat.Narrative, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_threat_backed_down_from_costs_no_conflict_but_reputation()
    {
        // With a conflict cost of 50 contesting is never worth it: Alpha backs down when first tested (and the broken
        // threat ends), in every draw: no conflict cost, and a broken commitment in every draw.
        var layer = Case.Strategic!;
        var costly = Case with
        {
            Strategic = layer with { Actors = new([.. layer.Actors.Select(a => a.Actor == "A" ? a with { ConflictCost = 50 } : a)]) },
        };
        var threat = Advise(costly).Levers.Single(l => l.Description == "threaten B privately with a contest if b_move goes above 0");
        Assert.Equal(0, threat.Cost.Conflict, 12);
        Assert.Equal(1, threat.Cost.Reputation, 12);
    }
}
