using Entente.Simulation.Execution;

namespace Entente.Simulation.Tests.Execution;

public class PortableMathTests
{
    public static TheoryData<double> Arguments =>
    [
        1, 2, 0.5, Math.E, 10, 1e-300, 5e-324, 1.0000000001, 0.9999999999, 0.70710678118654746, 1.4142135623730951,
        3.7e-17, 123456.789, 1.7976931348623157e308, 2.2250738585072014E-308, 1e-310,
    ];

    [Theory]
    [MemberData(nameof(Arguments))]
    public void Log_agrees_with_the_platform_s_to_two_units_in_the_last_place(double x)
    {
        var expected = Math.Log(x);
        Assert.True(Math.Abs(PortableMath.Log(x) - expected) <= 2 * Math.BitIncrement(Math.Abs(expected)) - 2 * Math.Abs(expected) + 1e-300,
            $"log({x:R}) = {PortableMath.Log(x):R}, platform {expected:R}");
    }

    [Fact]
    public void Log_agrees_with_the_platform_s_over_the_whole_open_unit_interval_a_uniform_draw_can_be()
    {
        var worst = 0.0;
        for (var k = 1; k <= 100_000; k++)
        {
            var x = k / 100_001.0 * Math.Pow(2, -(k % 60));
            var expected = Math.Log(x);
            worst = Math.Max(worst, Math.Abs(PortableMath.Log(x) - expected) / Math.Abs(expected == 0 ? 1 : expected));
        }
        Assert.True(worst < 4.5e-16, $"worst relative error {worst:E3}");
    }

    [Fact]
    public void Log_of_the_edges_is_what_IEEE_says()
    {
        Assert.Equal(0.0, PortableMath.Log(1));
        Assert.Equal(double.NegativeInfinity, PortableMath.Log(0));
        Assert.Equal(double.PositiveInfinity, PortableMath.Log(double.PositiveInfinity));
        Assert.True(double.IsNaN(PortableMath.Log(-1)));
        Assert.True(double.IsNaN(PortableMath.Log(double.NaN)));
    }

    [Fact]
    public void Exp_agrees_with_the_platform_s_to_two_units_in_the_last_place_over_the_normal_range()
    {
        var worstUlps = 0.0;
        for (var k = 0; k <= 200_000; k++)
        {
            var x = -708.0 + k * (1417.7 / 200_000);
            var expected = Math.Exp(x);
            var ulp = Math.BitIncrement(expected) - expected;
            worstUlps = Math.Max(worstUlps, Math.Abs(PortableMath.Exp(x) - expected) / ulp);
        }
        Assert.True(worstUlps <= 2, $"worst error {worstUlps:F2} ulp");
    }

    [Theory]
    [InlineData(-3.0)]
    [InlineData(-1e-9)]
    [InlineData(0.5)]
    [InlineData(2.302585092994046)]
    public void Exp_inverts_the_portable_log(double x) =>
        Assert.Equal(x, PortableMath.Log(PortableMath.Exp(x)), 1e-15 * (1 + Math.Abs(x)));

    [Fact]
    public void Exp_of_the_edges_is_what_IEEE_says()
    {
        Assert.Equal(1.0, PortableMath.Exp(0));
        Assert.Equal(0.0, PortableMath.Exp(-800));
        Assert.Equal(double.PositiveInfinity, PortableMath.Exp(710));
        Assert.Equal(double.PositiveInfinity, PortableMath.Exp(double.PositiveInfinity));
        Assert.Equal(0.0, PortableMath.Exp(double.NegativeInfinity));
        Assert.True(double.IsNaN(PortableMath.Exp(double.NaN)));
        Assert.True(double.IsFinite(PortableMath.Exp(709.78)));
    }
}
