using Entente.Domain;
using Entente.Models.Diplomacy;
using Entente.Simulation.Advice;
using Entente.Simulation.Forecasting;
using Entente.Simulation.MonteCarlo;
using static Entente.Simulation.Tests.Diplomacy.SourceCases;

namespace Entente.Simulation.Tests.Advice;

/// <summary>
/// Trials that draw the same types share one run: the 2010 case draws six type dimensions (North Korea's resolve,
/// China's resolve, Washington's reciprocity, and those its claims touch), so some of its 300 trials repeat a draw.
/// Sharing must change the number of runs and nothing else.
/// </summary>
public sealed class SharedDrawTests
{
    private static readonly Scenario Case = Load("korea-2010-yeonpyeong.yaml");

    private static AdviceSettings Settings => new()
    {
        Actor = "US",
        Families = [LeverFamily.Signal, LeverFamily.Channel, LeverFamily.Timing, LeverFamily.Commitment],
        Trials = 300,
        Search = AdviceSearch.Grid,
    };

    [Fact]
    public void Sharing_runs_between_trials_with_the_same_draw_gives_the_same_figures_with_fewer_runs()
    {
        var shared = LeverSearch.Run(new ForecastRequest { Scenario = Case }, Settings);
        var every = LeverSearch.Run(new ForecastRequest { Scenario = Case }, Settings with { ShareDraws = false });
        Assert.Equal(
            every.Levers.Select(l => (l.Description, l.Effect, l.HelpsShare, l.HurtsShare, l.Cost, string.Join(";", l.Shifts))),
            shared.Levers.Select(l => (l.Description, l.Effect, l.HelpsShare, l.HurtsShare, l.Cost, string.Join(";", l.Shifts))));
        Assert.Equal(every.BaseObjective, shared.BaseObjective);
        Assert.Equal((every.Candidates + 1) * 300L, every.Runs);
        Assert.True(shared.Runs < every.Runs, $"shared {shared.Runs} runs, every trial {every.Runs}");
    }

    [Fact]
    public void The_draws_read_without_a_run_are_the_uncertain_dimensions_and_a_strategic_signal_turns_sharing_off()
    {
        // Three declared (KP's and CN's resolve on kp_strike, Washington's reciprocity), and under uncertainty: auto
        // three more that the claims touch.
        var draws = TrialTypeDraws.Of(Case)!;
        Assert.Equal(6, draws.Count);
        var distinct = Enumerable.Range(0, 300).Select(t =>
        {
            var indices = new int[draws.Count];
            draws.Fill(1, (ulong)t, indices);
            return string.Join(",", indices);
        }).Distinct().Count();
        Assert.InRange(distinct, 2, 299);
        var strategic = WithSignal(Case, "leak", c => c with { Strategic = true });
        Assert.Null(TrialTypeDraws.Of(strategic));
    }

    [Fact]
    public void Shared_runs_pairs_and_input_noise_give_the_same_figures_on_one_thread_or_several()
    {
        foreach (var noise in new[] { NoiseSettings.None, new NoiseSettings { Salience = 0.05 } })
        {
            var settings = new AdviceSettings
            {
                Actor = "CN", Families = [LeverFamily.Channel, LeverFamily.Salience], Trials = 96, Budget = 4, Pairs = 3, Noise = noise,
            };
            var one = LeverSearch.Run(new ForecastRequest { Scenario = Case }, settings with { Threads = 1 });
            var several = LeverSearch.Run(new ForecastRequest { Scenario = Case }, settings with { Threads = 3 });
            Assert.Equal(one.Runs, several.Runs);
            Assert.Equal(one.Levers.Concat(one.Pairs).Select(l => (l.Description, l.Effect, l.HelpsShare, l.Trials, l.Interaction)),
                several.Levers.Concat(several.Pairs).Select(l => (l.Description, l.Effect, l.HelpsShare, l.Trials, l.Interaction)));
        }
    }
}
