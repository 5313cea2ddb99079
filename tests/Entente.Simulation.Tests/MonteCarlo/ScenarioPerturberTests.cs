using Entente.Domain;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Tests.MonteCarlo;

public class ScenarioPerturberTests
{
    [Fact]
    public void Without_noise_every_trial_is_the_input()
    {
        var scenario = Scenarios.ThreeActors();
        var trial = new ScenarioPerturber(scenario, NoiseSettings.None, seed: 1).Trial(17);

        Assert.Equal(scenario.Stances.Select(s => (s.Position, s.Salience)), trial.Stances.Select(s => (s.Position, s.Salience)));
        Assert.Equal([1.0, 2.0, 3.0], trial.Stances.Select(s => s.Capability!.Value));
    }

    [Fact]
    public void A_trial_is_a_pure_function_of_seed_and_trial_index()
    {
        var noise = new NoiseSettings { Position = 0.1, Salience = 0.1, Capability = 0.2 };
        var first = new ScenarioPerturber(Scenarios.ThreeActors(), noise, seed: 9);
        var second = new ScenarioPerturber(Scenarios.ThreeActors(), noise, seed: 9);

        Assert.Equal(first.Trial(5), second.Trial(5));
        Assert.NotEqual(first.Trial(5), first.Trial(6));
        Assert.NotEqual(first.Trial(5), new ScenarioPerturber(Scenarios.ThreeActors(), noise, seed: 10).Trial(5));
    }

    [Fact]
    public void Perturbed_inputs_stay_on_their_scales()
    {
        var noise = new NoiseSettings { Position = 2, Salience = 2, Capability = 3 };
        var perturber = new ScenarioPerturber(Scenarios.ThreeActors(), noise, seed: 3);
        for (ulong t = 0; t < 200; t++)
        {
            foreach (var stance in perturber.Trial(t).Stances)
            {
                Assert.InRange(stance.Position, 0, 100);
                Assert.InRange(stance.Salience, 0, 1);
                Assert.True(stance.Capability > 0);
            }
        }
    }

    [Fact]
    public void A_stance_s_own_noise_overrides_the_sweep_s()
    {
        var scenario = Scenarios.ThreeActors();
        scenario = scenario with
        {
            Stances = [scenario.Stances[0] with { Noise = new StanceNoise { Position = 0 } }, scenario.Stances[1], scenario.Stances[2]],
        };
        var trial = new ScenarioPerturber(scenario, new NoiseSettings { Position = 0.1 }, seed: 4).Trial(0);

        Assert.Equal(40, trial.Stances[0].Position);
        Assert.NotEqual(50, trial.Stances[1].Position);
    }

    [Fact]
    public void Changing_one_field_s_noise_leaves_the_others_draws_alone()
    {
        var positionsOnly = new ScenarioPerturber(Scenarios.ThreeActors(), new NoiseSettings { Position = 0.1 }, seed: 8).Trial(3);
        var both = new ScenarioPerturber(Scenarios.ThreeActors(), new NoiseSettings { Position = 0.1, Salience = 0.05 }, seed: 8).Trial(3);

        Assert.Equal(positionsOnly.Stances.Select(s => s.Position), both.Stances.Select(s => s.Position));
    }
}
