using Entente.Domain;
using Entente.Domain.Diplomacy;
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

    private static Scenario WithPerceptions() => Scenarios.ThreeActors() with
    {
        Perceptions =
        [
            new Perception { Observer = "a", Actor = "c", Issue = "x", Position = 90, Salience = 0.5, Confidence = 2 },
            new Perception { Observer = "b", Actor = "a", Issue = "x", Salience = 0.2 },
        ],
    };

    [Fact]
    public void Belief_noise_moves_each_declared_belief_around_its_value_within_the_scales()
    {
        var perturber = new ScenarioPerturber(WithPerceptions(), new NoiseSettings { Belief = 0.1 }, seed: 5);
        var trials = Enumerable.Range(0, 2000).Select(t => perturber.Trial((ulong)t)).ToList();

        var positions = trials.Select(t => t.Perceptions[0].Position!.Value).ToList();
        var saliences = trials.Select(t => t.Perceptions[0].Salience!.Value).ToList();
        Assert.All(positions, p => Assert.InRange(p, 0, 100));
        Assert.All(saliences, s => Assert.InRange(s, 0, 1));
        Assert.Contains(positions, p => p == 100);
        // An SD of 10 points, clamped at 100 above 90: the mean sits a little below 90, the spread near 10.
        Assert.InRange(positions.Average(), 85, 90);
        Assert.InRange(StandardDeviation(positions), 6, 10);
        Assert.InRange(saliences.Average(), 0.49, 0.51);
        Assert.InRange(StandardDeviation(saliences), 0.09, 0.11);
        // A belief about salience alone gains no believed position; confidence is not noise.
        Assert.All(trials, t => Assert.Null(t.Perceptions[1].Position));
        Assert.All(trials, t => Assert.Equal(2, t.Perceptions[0].Confidence));
    }

    [Fact]
    public void Without_belief_or_credibility_noise_the_diplomacy_inputs_are_the_declared_ones()
    {
        var scenario = WithPerceptions();
        var trial = new ScenarioPerturber(scenario, new NoiseSettings { Position = 0.2 }, seed: 5).Trial(3);

        Assert.Equal(scenario.Perceptions, trial.Perceptions);
        Assert.Null(trial.Diplomacy);
    }

    [Fact]
    public void Belief_and_credibility_noise_leave_the_stance_draws_alone()
    {
        var stancesOnly = new ScenarioPerturber(WithPerceptions(), new NoiseSettings { Position = 0.1, Salience = 0.1 }, seed: 8).Trial(4);
        var all = new ScenarioPerturber(WithPerceptions(), new NoiseSettings { Position = 0.1, Salience = 0.1, Belief = 0.2, Credibility = 0.2 }, seed: 8).Trial(4);

        Assert.Equal(stancesOnly.Stances, all.Stances);
        Assert.NotEqual(stancesOnly.Perceptions, all.Perceptions);
    }

    [Fact]
    public void Credibility_noise_draws_each_channel_separately_within_0_and_1()
    {
        var perturber = new ScenarioPerturber(WithPerceptions(), new NoiseSettings { Credibility = 0.3 }, seed: 2);
        var settings = Enumerable.Range(0, 1000).Select(t => perturber.Trial((ulong)t).Diplomacy!).ToList();

        foreach (var channel in Enum.GetValues<Channel>())
        {
            var values = settings.Select(s => s.Credibility(channel)).ToList();
            Assert.All(values, v => Assert.InRange(v, 0, 1));
            Assert.InRange(values.Average(), DiplomacySettings.Default.Credibility(channel) - 0.05, DiplomacySettings.Default.Credibility(channel) + 0.05);
        }
        // Separate draws: the channels' deviations from their defaults differ within a trial.
        var defaults = DiplomacySettings.Default;
        Assert.True(settings.Count(s => Math.Abs((s.PrivateCredibility - defaults.PrivateCredibility) - (s.LeakCredibility - defaults.LeakCredibility)) > 0.01) > 900);
        // Audience costs and the other settings are not noise.
        Assert.All(settings, s => Assert.Equal(DiplomacySettings.Default.PublicAudienceCost, s.PublicAudienceCost));
    }

    private static double StandardDeviation(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
