using System.Runtime.Intrinsics;
using CsCheck;
using Entente.Models.Common;

namespace Entente.Models.Tests.Common;

public class UtilityPowerTests
{
    private static readonly Gen<double> Base = Gen.OneOf(Gen.Double[0, 1], Gen.Double[0, 1e-6], Gen.OneOf<double>(0, 1, 0.5, 0.25, 1e-300, 5e-324));
    private static readonly Gen<double> Exponent = Gen.OneOf(Gen.Double[0.5, 2], Gen.Double[0.01, 20], Gen.OneOf<double>(0.5, 1, 2));

    [Fact]
    public void It_agrees_with_Math_Pow_to_a_few_units_in_the_last_place_of_r_ln_b()
    {
        Gen.Select(Base, Exponent).Sample((b, r) =>
        {
            var expected = Math.Pow(b, r);
            var actual = UtilityPower.Of(b, r);
            if (expected < 1e-303)
            {
                // Below exp(-700) the power is returned as 0.
                Assert.True(actual <= 1e-303, $"{b:R}^{r:R}: {actual:R}");
                return;
            }
            // exp(r·ln b) carries the rounding of r·ln b into a relative error of about |r·ln b|·2^-53.
            var tolerance = (Math.Abs(r * Math.Log(b)) + 1) * 4e-16;
            Assert.True(Math.Abs(actual - expected) <= tolerance * expected, $"{b:R}^{r:R}: {actual:R} against Math.Pow {expected:R}");
        }, iter: 20_000);
    }

    [Fact]
    public void Exact_cases_are_exact()
    {
        Assert.Equal(1.0, UtilityPower.Of(1, 0.7));
        Assert.Equal(0.0, UtilityPower.Of(0, 0.7));
        Assert.Equal(0.25, UtilityPower.Of(0.5, 2), 15);
        Assert.Equal(0.5, UtilityPower.Of(0.25, 0.5), 15);
    }

    [Fact]
    public void Four_lanes_give_the_bits_of_one_lane_at_a_time()
    {
        Gen.Select(Base.Array[4], Exponent).Sample((bases, r) =>
        {
            var lanes = UtilityPower.Of(Vector256.Create(bases), Vector256.Create(r));
            for (var k = 0; k < 4; k++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(UtilityPower.Of(bases[k], r)), BitConverter.DoubleToInt64Bits(lanes.GetElement(k)));
            }
        }, iter: 20_000);
    }

    [Fact]
    public void Eight_lanes_give_the_bits_of_one_lane_at_a_time()
    {
        Gen.Select(Base.Array[8], Exponent).Sample((bases, r) =>
        {
            var lanes = UtilityPower.Of(Vector512.Create(bases), Vector512.Create(r));
            for (var k = 0; k < 8; k++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(UtilityPower.Of(bases[k], r)), BitConverter.DoubleToInt64Bits(lanes.GetElement(k)));
            }
        }, iter: 10_000);
    }

    [Fact]
    public void A_power_from_a_logarithm_taken_once_has_the_bits_of_the_power()
    {
        // Bases that are not positive (a pair farther apart than the spread) included: their power is 0 either way.
        var bases = Gen.OneOf(Base, Gen.Double[-1, 0], Gen.OneOf<double>(-0.0, -1e-300, double.NaN));
        var exponents = Gen.OneOf(Exponent, Gen.OneOf<double>(0, 1e-300));
        Gen.Select(bases.Array[8], exponents.Array[8]).Sample((b, r) =>
        {
            var expected = UtilityPower.Of(Vector512.Create(b), Vector512.Create(r));
            var actual = UtilityPower.OfLog(UtilityPower.LogOf(Vector512.Create(b)), Vector512.Create(r));
            for (var k = 0; k < 8; k++)
            {
                Assert.True(BitConverter.DoubleToInt64Bits(expected.GetElement(k)) == BitConverter.DoubleToInt64Bits(actual.GetElement(k)),
                    $"{b[k]:R}^{r[k]:R}: {actual.GetElement(k):R} against {expected.GetElement(k):R}");
            }
        }, iter: 20_000);
    }
}
