using Entente.Domain;
using Entente.Simulation.Execution;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Tests.MonteCarlo;

/// <summary>Which sweeps take the flat path, and that the others fall back to the general path.</summary>
public sealed class FlatSweepTests
{
    [Theory]
    [InlineData("compromise", nameof(FlatModel.Compromise))]
    [InlineData("median", nameof(FlatModel.Median))]
    [InlineData("eum", nameof(FlatModel.ExpectedUtility))]
    [InlineData("EUM", nameof(FlatModel.ExpectedUtility))]
    [InlineData("eum-scholz", nameof(FlatModel.ExpectedUtility))]
    public void The_models_with_a_flat_path_take_it(string model, string expected)
    {
        var plan = FlatCases.Plan(FlatCases.Load("ec-cars-1994.yaml"), model, 10, 1, NoiseSettings.Default);

        var flat = FlatSweep.For(plan);

        Assert.Null(FlatSweep.Unsupported(plan));
        Assert.NotNull(flat);
        Assert.Equal(expected, flat.Model.ToString());
        Assert.Same(flat, FlatSweep.For(plan));
        Assert.Equal(10, flat.MostParticipants);
    }

    [Theory]
    [InlineData("nbs")]
    [InlineData("smp")]
    [InlineData("power-compromise")]
    public void Other_models_fall_back_to_the_general_path(string model)
    {
        var plan = FlatCases.Plan(FlatCases.Load("ec-cars-1994.yaml"), model, 40, 1, NoiseSettings.Default);

        Assert.Null(FlatSweep.For(plan));
        Assert.Contains("no flat trial path", FlatSweep.Unsupported(plan), StringComparison.Ordinal);
        var (job, _, _) = TrialRunner.Prepare(plan, null, CancellationToken.None);
        var range = new TrialRange(0, plan.Trials);
        Assert.Equal(TrialRangeWork.RunGeneral(job, range, default).ToBytes(), TrialRangeWork.Run(job, range, default).ToBytes());
    }

    [Fact]
    public void An_issue_without_participants_falls_back_to_the_general_path()
    {
        var scenario = Scenarios.ThreeActors();
        scenario = scenario with { Issues = new ValueList<Issue>([.. scenario.Issues, new Issue { Id = "empty", Name = "empty", Scale = IssueScale.Percent }]) };
        var plan = FlatCases.Plan(scenario, "compromise", 10, 1, NoiseSettings.Default);

        Assert.Null(FlatSweep.For(plan));
        Assert.Contains("no participants", FlatSweep.Unsupported(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stance_without_a_capability_falls_back_to_the_general_path()
    {
        var scenario = Scenarios.ThreeActors();
        scenario = scenario with { Actors = new ValueList<Actor>(scenario.Actors.Select(a => a.Id == "b" ? a with { Capability = null } : a)) };
        var plan = FlatCases.Plan(scenario, "median", 10, 1, NoiseSettings.Default);

        Assert.Null(FlatSweep.For(plan));
        Assert.Contains("does not resolve", FlatSweep.Unsupported(plan), StringComparison.Ordinal);
    }
}
