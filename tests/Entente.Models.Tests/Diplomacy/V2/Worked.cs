namespace Entente.Models.Tests.Diplomacy.V2;

/// <summary>How the worked examples of spec §18 are compared: to 1e-9, as the spec requires.</summary>
internal static class Worked
{
    public const double Tolerance = 1e-9;

    public static void Near(double expected, double actual)
    {
        if (!(Math.Abs(expected - actual) <= Tolerance))
        {
            Assert.Fail($"Expected {expected:R} within {Tolerance}, got {actual:R} (Δ = {actual - expected:R}).");
        }
    }
}
