using Entente.Domain;
using Entente.Formats;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Tests.Diplomacy;

/// <summary>Monte Carlo sweeps of diplomacy scenarios: escalation and agreement distributions, commitments drawn per trial.</summary>
public class DiplomacySweepTests
{
    private static Scenario Korea2010()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "examples", "korea-2010-yeonpyeong.yaml");
            if (File.Exists(path))
            {
                return ScenarioFiles.Load(path).Scenario;
            }
        }
        throw new InvalidOperationException("examples not found");
    }

    private static SweepPlan Plan(long trials) => new()
    {
        Scenario = Korea2010(),
        Model = "eum-diplomacy",
        Trials = trials,
        Seed = 7,
        Noise = new NoiseSettings { Position = 0.03 },
    };

    [Fact]
    public void A_sweep_reports_escalation_and_agreement_whatever_the_thread_count()
    {
        var one = new CpuTrialExecutor(1).Run(Plan(300));
        var three = new CpuTrialExecutor(3).Run(Plan(300));

        var diplomacy = one.Diplomacy!;
        Assert.InRange(diplomacy.EscalationIndex.Min, 0, 1);
        Assert.InRange(diplomacy.EscalationIndex.Max, 0, 1);
        Assert.Equal(4, diplomacy.Agreement.Count);
        Assert.Equal(diplomacy.Agreement.Values.Average(), diplomacy.AgreementProbability, 12);
        Assert.Equal(one.Issues, three.Issues);
        Assert.Equal(diplomacy.EscalationIndex, three.Diplomacy!.EscalationIndex);
        Assert.Equal(diplomacy.Agreement, three.Diplomacy.Agreement);
    }

    [Fact]
    public void Commitments_are_drawn_per_trial_so_that_outcomes_vary_without_noise()
    {
        // Without noise, only the draw of the leak-channel promise (w = 0.5 · ρ) varies between trials,
        // so the escalation index is not the same in every trial.
        var plan = Plan(400) with { Noise = NoiseSettings.None };
        var result = new CpuTrialExecutor().Run(plan);

        Assert.True(result.Diplomacy!.EscalationIndex.StandardDeviation > 0);
    }
}
