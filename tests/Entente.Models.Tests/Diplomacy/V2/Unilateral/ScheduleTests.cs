using Entente.Models.Diplomacy.Unilateral;

namespace Entente.Models.Tests.Diplomacy.V2.Unilateral;

/// <summary>Piecewise-linear schedules, flat outside their points (W10, W15b: z(v) = 20 + 0.8v on [0, 100]).</summary>
public sealed class ScheduleTests
{
    private static readonly Schedule MissileDefence = new([(0, 20), (100, 100)]);

    [Theory]
    [InlineData(50, 60)]
    [InlineData(100, 100)]
    [InlineData(0, 20)]
    [InlineData(25, 40)]
    public void Between_its_points_the_schedule_is_linear(double threat, double deployment)
    {
        Worked.Near(deployment, MissileDefence.At(threat));
    }

    [Theory]
    [InlineData(-30, 20)]
    [InlineData(250, 100)]
    public void Outside_its_points_the_schedule_is_flat(double threat, double deployment)
    {
        Assert.Equal(deployment, MissileDefence.At(threat));
    }

    [Fact]
    public void The_points_may_be_given_in_any_order_and_a_repeated_value_is_a_jump()
    {
        var steps = new Schedule([(100, 30), (50, 20), (0, 0), (50, 10)]);

        Assert.Equal(5, steps.At(25));
        Assert.Equal(10, steps.At(50));
        Assert.Equal(25, steps.At(75));
        Assert.Equal(0, steps.MinLevel);
        Assert.Equal(30, steps.MaxLevel);
    }

    [Fact]
    public void A_single_point_is_a_flat_schedule()
    {
        var flat = new Schedule([(40, 7)]);

        Assert.Equal(7, flat.At(0));
        Assert.Equal(7, flat.At(100));
        Assert.Equal(flat.MinLevel, flat.MaxLevel);
    }
}
