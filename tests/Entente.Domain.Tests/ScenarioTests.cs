namespace Entente.Domain.Tests;

public class ScenarioTests
{
    [Fact]
    public void Scenarios_with_equal_contents_are_equal()
    {
        Assert.Equal(ScenarioBuilder.TwoActorsOneIssue(), ScenarioBuilder.TwoActorsOneIssue());
        Assert.Equal(ScenarioBuilder.TwoActorsOneIssue().GetHashCode(), ScenarioBuilder.TwoActorsOneIssue().GetHashCode());
    }

    [Fact]
    public void Scenarios_differing_in_one_salience_are_not_equal()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        var changed = scenario with { Stances = [scenario.Stances[0], scenario.Stances[1] with { Salience = 0.9 }] };
        Assert.NotEqual(scenario, changed);
    }

    [Fact]
    public void Participants_are_in_actor_order_with_unit_saliences_and_effective_capabilities()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue() with { SalienceScale = SalienceScale.Percent };
        scenario = scenario with
        {
            Stances =
            [
                scenario.Stances[1] with { Salience = 40, Capability = 5 },
                scenario.Stances[0] with { Salience = 50 },
            ],
        };

        var participants = scenario.ParticipantsIn("x");

        Assert.Equal(["a", "b"], participants.Select(p => p.ActorId));
        Assert.Equal(0.5, participants[0].Salience, 12);
        Assert.Equal(1.0, participants[0].Capability);
        Assert.Equal(0.4, participants[1].Salience, 12);
        Assert.Equal(5.0, participants[1].Capability);
        Assert.Equal(2.0, participants[1].Weight, 12);
    }

    [Fact]
    public void An_actor_without_a_stance_does_not_take_part()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        scenario = scenario with { Actors = scenario.Actors.Add(new Actor { Id = "c", Name = "C", Capability = 1 }) };

        Assert.DoesNotContain(scenario.ParticipantsIn("x"), p => p.ActorId == "c");
    }
}
