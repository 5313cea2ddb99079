namespace Entente.Models.Tests.Diplomacy.V2;

/// <summary>Assertions to the 1e-9 the specification's worked examples are given to.</summary>
internal static class Near
{
    public const double Tolerance = 1e-9;

    public static void Equal(double expected, double actual, string? what = null)
    {
        if (!(Math.Abs(expected - actual) <= Tolerance))
        {
            Assert.Fail($"{what ?? "value"}: expected {expected:R}, got {actual:R}");
        }
    }

    public static void Equal(IReadOnlyList<double> expected, IReadOnlyList<double> actual, string? what = null)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Equal(expected[i], actual[i], $"{what ?? "list"}[{i}]");
        }
    }
}
