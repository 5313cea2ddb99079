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

    [Fact]
    public void Looking_an_actor_up_does_not_change_the_scenarios_value()
    {
        var looked = ScenarioBuilder.TwoActorsOneIssue();
        Assert.NotNull(looked.FindActor("a"));
        Assert.NotNull(looked.FindIssue("x"));

        Assert.Equal(ScenarioBuilder.TwoActorsOneIssue(), looked);
        Assert.Equal(ScenarioBuilder.TwoActorsOneIssue().GetHashCode(), looked.GetHashCode());
    }

    [Fact]
    public void A_copy_with_other_actors_finds_its_own_actors_not_the_originals()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        Assert.Equal("a", scenario.FindActor("a")!.Id);

        var renamed = scenario with { Actors = [.. scenario.Actors.Select(a => a with { Name = "renamed " + a.Id }), new Actor { Id = "c", Name = "c" }] };

        Assert.Equal("renamed a", renamed.FindActor("a")!.Name);
        Assert.NotNull(renamed.FindActor("c"));
        Assert.Null(scenario.FindActor("c"));
        Assert.Equal("A", scenario.FindActor("a")!.Name);
    }

    [Fact]
    public void With_a_duplicated_id_the_first_actor_is_found_as_a_search_from_the_front_would()
    {
        var scenario = ScenarioBuilder.TwoActorsOneIssue();
        var twice = scenario with { Actors = [scenario.Actors[0], scenario.Actors[0] with { Name = "second" }] };

        Assert.Equal(scenario.Actors[0].Name, twice.FindActor("a")!.Name);
    }
}
