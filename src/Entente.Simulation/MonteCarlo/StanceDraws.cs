using Entente.Simulation.Execution;

namespace Entente.Simulation.MonteCarlo;

/// <summary>
/// One stance's inputs as a trial draws them, from scalars alone: the CPU's <see cref="ScenarioPerturber"/> and the
/// GPU's kernels call these same methods, so a trial perturbs a stance to the same bits on either. No draw is taken
/// where the noise is off, and the clamps are written as comparisons (what <see cref="Math.Clamp(double, double, double)"/>
/// does for an ordered range) so that a device compiles them.
/// </summary>
internal static class StanceDraws
{
    /// <summary>The position: the stated one moved by σ times the scale's width, kept on the scale.</summary>
    public static double Position(double position, double sigma, double width, double min, double max, ulong streamHash, ulong trialKey) =>
        PositionFrom(position, sigma, width, min, max, sigma > 0 ? RandomStream.Gaussian(streamHash, trialKey, 0) : 0);

    /// <summary>The position from its stream's normal draw, taken already (it counts only where σ &gt; 0).</summary>
    public static double PositionFrom(double position, double sigma, double width, double min, double max, double gaussian)
    {
        var draw = sigma > 0 ? gaussian : 0;
        return Clamp(position + draw * sigma * width, min, max);
    }

    /// <summary>The salience: the stated one moved by σ times the salience ceiling, kept between 0 and the ceiling.</summary>
    public static double Salience(double salience, double sigma, double ceiling, ulong streamHash, ulong trialKey) =>
        SalienceFrom(salience, sigma, ceiling, sigma > 0 ? RandomStream.Gaussian(streamHash, trialKey, 0) : 0);

    /// <summary>The salience from its stream's normal draw, taken already (it counts only where σ &gt; 0).</summary>
    public static double SalienceFrom(double salience, double sigma, double ceiling, double gaussian)
    {
        var draw = sigma > 0 ? gaussian : 0;
        return Clamp(salience + draw * sigma * ceiling, 0, ceiling);
    }

    /// <summary>The capability: the stated one times e^(σ·z), a log-normal draw (portable e^x, the same bits everywhere).</summary>
    public static double Capability(double capability, double sigma, ulong streamHash, ulong trialKey) =>
        capability * PortableMath.Exp(CapabilityExponent(sigma, sigma > 0 ? RandomStream.Gaussian(streamHash, trialKey, 0) : 0));

    /// <summary>
    /// σ·z, the exponent of the capability's factor, from its stream's normal draw taken already (it counts only where
    /// σ &gt; 0): the capability is the stated one times <see cref="PortableMath.Exp"/> of it.
    /// </summary>
    public static double CapabilityExponent(double sigma, double gaussian)
    {
        var draw = sigma > 0 ? gaussian : 0;
        return draw * sigma;
    }

    private static double Clamp(double value, double min, double max) => value < min ? min : value > max ? max : value;
}
