using Entente.Simulation.Execution;

namespace Entente.Simulation.Tests.Execution;

/// <summary>
/// The series of <see cref="PortableMath"/> with their coefficients written as constants give the bits of the loops
/// they replaced, which divided each coefficient out at run time: every draw of every sweep depends on them.
/// </summary>
public sealed class PortableMathSeriesTests
{
    [Fact]
    public void Log_gives_the_bits_of_the_loop_it_replaced()
    {
        var random = new Random(18);
        foreach (var x in Arguments(random, () => Math.Pow(2, -1074 + 2097 * random.NextDouble()) * (0.5 + random.NextDouble())))
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(LoopLog(x)), BitConverter.DoubleToInt64Bits(PortableMath.Log(x)));
        }
    }

    [Fact]
    public void Exp_gives_the_bits_of_the_loop_it_replaced()
    {
        var random = new Random(19);
        foreach (var x in Arguments(random, () => random.Next(4) switch
        {
            0 => 1500 * (random.NextDouble() - 0.5),
            1 => 2 * (random.NextDouble() - 0.5),
            2 => 1e-6 * (random.NextDouble() - 0.5),
            _ => random.NextDouble() < 0.5 ? -0.0 : 0.0,
        }))
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(LoopExp(x)), BitConverter.DoubleToInt64Bits(PortableMath.Exp(x)));
        }
    }

    private static IEnumerable<double> Arguments(Random random, Func<double> next)
    {
        double[] edges = [0, 1, 0.5, 2, Math.E, 5e-324, 2.2250738585072014E-308, 1.7976931348623157e308, 709.782712893384, -708.3964185322641, -1, 1e-300];
        foreach (var x in edges)
        {
            yield return x;
        }
        for (var k = 0; k < 300_000; k++)
        {
            yield return next();
        }
    }

    // PortableMath.Log and Exp as first written, coefficients divided out in the loop.
    private static double LoopLog(double x)
    {
        if (double.IsNaN(x) || x < 0)
        {
            return double.NaN;
        }
        if (x == 0)
        {
            return double.NegativeInfinity;
        }
        if (double.IsPositiveInfinity(x))
        {
            return x;
        }
        var exponent = 0;
        if (x < 2.2250738585072014E-308)
        {
            x *= 18014398509481984.0;
            exponent = -54;
        }
        var bits = BitConverter.DoubleToInt64Bits(x);
        exponent += (int)((bits >> 52) & 0x7FF) - 1023;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (m > 1.4142135623730951)
        {
            m *= 0.5;
            exponent++;
        }
        var s = (m - 1) / (m + 1);
        var s2 = s * s;
        var series = 1.0 / 25;
        for (var k = 11; k >= 0; k--)
        {
            series = series * s2 + 1.0 / (2 * k + 1);
        }
        var lnM = 2 * s * series;
        return exponent * 6.93147180369123816490e-01 + (lnM + exponent * 1.90821492927058770002e-10);
    }

    private static double LoopExp(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }
        if (x > 709.782712893384)
        {
            return double.PositiveInfinity;
        }
        if (x < -708.3964185322641)
        {
            return 0;
        }
        var k = Math.Round(x * 1.4426950408889634);
        var r = (x - k * 6.93147180369123816490e-01) - k * 1.90821492927058770002e-10;
        var series = 1.0 / 355687428096000.0;
        var factorial = 355687428096000.0;
        for (var n = 16; n >= 1; n--)
        {
            factorial /= n + 1;
            series = series * r + 1.0 / factorial;
        }
        var expR = series * r + 1.0;
        var half = (long)k / 2;
        var scaleA = BitConverter.Int64BitsToDouble((half + 1023) << 52);
        var scaleB = BitConverter.Int64BitsToDouble(((long)k - half + 1023) << 52);
        return expR * scaleA * scaleB;
    }
}
