using Entente.Domain;
using Entente.Formats;
using Entente.Simulation.Advice;
using Entente.Simulation.Forecasting;

namespace Entente.Simulation.Tests.Advice;

/// <summary>
/// tests/data/advice/tying-hands-public.yaml is built so that one lever dominates: Alpha's private threat is babble,
/// and the same threat made public ties Alpha's hands (spec W9), so Beta yields. Among Alpha's signal levers the
/// search must rank going public first, by either search, on any number of threads.
/// </summary>
public sealed class DominantLeverTests
{
    private static readonly Scenario Case =
        ScenarioFiles.Load(Path.Combine(AppContext.BaseDirectory, "data", "advice", "tying-hands-public.yaml")).Scenario;

    private static AdviceSettings Settings => new()
    {
        Actor = "A",
        Families = [LeverFamily.Signal, LeverFamily.Channel, LeverFamily.Timing],
        Trials = 400,
        Budget = 2,
    };

    private static AdviceResult Advise(AdviceSettings settings) => LeverSearch.Run(new ForecastRequest { Scenario = Case }, settings);

    [Fact]
    public void Going_public_with_the_threat_is_ranked_first_and_helps_beyond_doubt()
    {
        var result = Advise(Settings);
        var first = result.Levers[0];
        Assert.Equal(LeverFamily.Channel, first.Kind);
        Assert.Equal("send 'warning' public (not private)", first.Description);
        Assert.True(first.Effect.Low > 0);
        Assert.True(first.Effect.Mean > result.Levers[1].Effect.High);
        Assert.True(first.Shifts.Single(s => s.Issue == "b_move").Mean < 0, "Beta yields: b_move falls toward Alpha's 0");
        Assert.Equal(0.8, first.Cost.Audience, 12);
    }

    [Fact]
    public void The_halving_search_and_the_full_grid_agree_on_the_best_lever_and_its_figures()
    {
        var halving = Advise(Settings);
        var grid = Advise(Settings with { Search = AdviceSearch.Grid });
        Assert.Equal(grid.Levers[0].Description, halving.Levers[0].Description);
        Assert.Equal(grid.Levers[0].Effect, halving.Levers[0].Effect);
        Assert.True(halving.Runs < grid.Runs, $"halving {halving.Runs} runs, grid {grid.Runs}");
        Assert.All(grid.Levers, l => Assert.Equal(400, l.Trials));
    }

    [Fact]
    public void The_same_seed_gives_the_same_ranking_and_figures_on_one_thread_or_several()
    {
        var one = Advise(Settings with { Threads = 1 });
        var several = Advise(Settings with { Threads = 3 });
        Assert.Equal(one.Levers.Select(l => (l.Description, l.Effect, l.HelpsShare, l.Trials)), several.Levers.Select(l => (l.Description, l.Effect, l.HelpsShare, l.Trials)));
    }

    [Fact]
    public void A_different_seed_draws_other_types_and_so_other_figures()
    {
        var one = Advise(Settings);
        var other = Advise(Settings with { Seed = 7 });
        Assert.NotEqual(one.Levers[0].Effect, other.Levers[0].Effect);
    }

    [Fact]
    public void Dropping_the_threat_costs_alpha_the_yield_and_frees_its_audience_stake()
    {
        var result = Advise(Settings with { Search = AdviceSearch.Grid });
        var drop = result.Levers.Single(l => l.Kind == LeverFamily.Signal);
        Assert.True(drop.Effect.Mean <= 0);
        Assert.Equal(0, drop.Cost.Audience, 12); // a private claim puts no audience cost at stake (α_private = 0)
    }

    [Fact]
    public void Unknown_actors_and_issues_and_objectives_without_a_layer_are_named_problems()
    {
        Assert.Equal("actor", Assert.Single(LeverSearch.Problems(Case, new AdviceSettings { Actor = "Z" })).Field);
        Assert.Equal("issue", Assert.Single(LeverSearch.Problems(Case, new AdviceSettings { Actor = "A", Issues = ["nope"] })).Field);
        Assert.Contains(LeverSearch.Problems(Case, new AdviceSettings { Actor = "A", Objective = AdviceObjective.Deal }), p => p.Field == "objective");
        Assert.Contains(LeverSearch.Problems(Case with { Strategic = null }, new AdviceSettings { Actor = "A", Objective = AdviceObjective.Escalation }),
            p => p.Field == "objective");
    }
}
