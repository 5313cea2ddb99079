using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models;
using Entente.Application.Bench;
using Entente.Simulation.Diplomacy;

namespace Entente.Simulation.Tests.Diplomacy;

/// <summary>The Monte Carlo over types (§12): deterministic whatever the threads, paired runs exact, intervals honest (P22).</summary>
public sealed class TypeMonteCarloTests
{
    private static readonly Scenario Case = DiplomacyBench.Generated(6, 4);

    private static ForecastResult Nominal(Scenario s) => ModelCatalog.Create("eum-diplomacy").Run(s, new ModelRunContext { Seed = 3 });

    [Fact]
    public void The_same_seed_gives_the_same_figures_on_one_thread_and_on_all()
    {
        var nominal = Nominal(Case);
        var one = TypeMonteCarlo.Run(Case, "eum-diplomacy", [], nominal, seed: 3, trials: 40, threads: 1);
        var all = TypeMonteCarlo.Run(Case, "eum-diplomacy", [], nominal, seed: 3, trials: 40, threads: 4);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(one), System.Text.Json.JsonSerializer.Serialize(all));
    }

    [Fact]
    public void A_paired_comparison_of_identical_variants_differs_by_nothing_in_every_trial()
    {
        var runs = PairedRuns.Run(Case, Case, "eum-diplomacy", [], seed: 5, trials: 30);
        foreach (var issue in Case.Issues)
        {
            var d = runs.Compare(PairedRuns.Forecast(issue.Id));
            Assert.Equal(0, d.Mean);
            Assert.Equal(0, d.P5);
            Assert.Equal(0, d.P95);
            Assert.Equal(0, d.Higher);
        }
        var e = runs.CompareEvent(PairedRuns.Escalated);
        Assert.Equal(0, e.OnlyBase);
        Assert.Equal(0, e.OnlyVariant);
    }

    [Fact]
    public void Trials_draw_types_from_the_analysts_prior_so_the_forecast_spreads_and_the_interval_contains_the_share()
    {
        var nominal = Nominal(Case);
        var mc = TypeMonteCarlo.Run(Case, "eum-diplomacy", [], nominal, seed: 3, trials: 60);
        Assert.Equal(60, mc.Trials);
        Assert.InRange(mc.Escalation.Mean, mc.Escalation.Low, mc.Escalation.High);
        Assert.Contains(mc.Issues, i => i.Forecast.P95 > i.Forecast.P5);
        Assert.All(mc.Issues, i => Assert.InRange(i.Forecast.P50, i.Forecast.P5, i.Forecast.P95));
        Assert.Equal(64, mc.Record.ScenarioHash.Length);
    }

    [Fact]
    public void Under_complete_information_no_dyad_ever_escalates()
    {
        // P20: with point beliefs P^i + P^j = 1 on every issue, and κ > 0, no dyad escalates in any trial.
        var known = Case with { Strategic = Case.Strategic! with { Uncertainty = Uncertainty.None, Signals = [] } };
        var mc = TypeMonteCarlo.Run(known, "eum-diplomacy", [], Nominal(known), seed: 1, trials: 20);
        Assert.Equal(0, mc.Escalation.Mean);
        Assert.Equal(0, mc.Escalation.Nominal);
    }
}
