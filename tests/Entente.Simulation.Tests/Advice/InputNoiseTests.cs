using Entente.Domain;
using Entente.Simulation.Advice;
using Entente.Simulation.Forecasting;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Tests.Advice;

/// <summary>
/// The sweep's input noise drawn in each trial besides the types. On the compromise model with salience noise only,
/// moving actor a's position by Δ moves trial t's forecast by exactly Δ·w_a(t)/Σw(t), where the weights are those of
/// the perturbed scenario of trial t (the sweep's perturbation, same seed and streams). The lever's mean shift must be
/// the mean of those, computed here from the perturbed scenarios, not from the search.
/// </summary>
public sealed class InputNoiseTests
{
    private static readonly (string Id, double Capability, double Position, double Salience)[] Actors =
        [("a", 0.7, 42, 0.6), ("b", 1.3, 47, 0.35), ("c", 2.1, 61, 0.9), ("d", 0.45, 53, 0.8)];

    private static Scenario Case() => new()
    {
        Name = "noisy compromise",
        Actors = [.. Actors.Select(a => new Actor { Id = a.Id, Name = a.Id, Capability = a.Capability })],
        Issues = [new Issue { Id = "x", Name = "x", Scale = IssueScale.Percent }],
        Stances = [.. Actors.Select(a => new Stance { ActorId = a.Id, IssueId = "x", Position = a.Position, Salience = a.Salience })],
    };

    private static readonly NoiseSettings SalienceNoise = new() { Salience = 0.1 };

    [Fact]
    public void Each_trial_draws_the_sweeps_noise_and_the_lever_is_paired_with_the_base_on_it()
    {
        const int trials = 300;
        var result = LeverSearch.Run(new ForecastRequest { Scenario = Case(), Model = "compromise" },
            new AdviceSettings { Actor = "a", Families = [LeverFamily.Position], Trials = trials, Seed = 5, Noise = SalienceNoise, Search = AdviceSearch.Grid });
        var perturber = new ScenarioPerturber(Case(), SalienceNoise, 5);
        var shares = Enumerable.Range(0, trials).Select(t =>
        {
            var stances = perturber.Trial((ulong)t).Stances;
            var weight = stances.Select(s => s.Capability!.Value * s.Salience).ToArray();
            return weight[0] / weight.Sum();
        }).ToArray();
        Assert.True(shares.Max() - shares.Min() > 0.01, "the noise moves the weights");
        Assert.NotEmpty(result.Levers);
        foreach (var lever in result.Levers)
        {
            Assert.Equal(trials, lever.Trials);
            Assert.Equal(lever.Step!.Value * shares.Average(), lever.Shifts.Single().Mean, 1e-9);
            Assert.True(lever.Effect.High > lever.Effect.Low, "the effect varies across trials, so its interval has width");
        }
        Assert.Equal(SalienceNoise, result.Noise);
    }

    [Fact]
    public void Without_noise_a_model_without_types_still_runs_each_lever_once()
    {
        var result = LeverSearch.Run(new ForecastRequest { Scenario = Case(), Model = "compromise" },
            new AdviceSettings { Actor = "a", Families = [LeverFamily.Position], Trials = 300 });
        Assert.All(result.Levers, l => Assert.Equal(1, l.Trials));
    }
}
