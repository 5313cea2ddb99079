using System.Globalization;

namespace Entente.Cli.Output;

/// <summary>How numbers are shown: invariant culture, to a readable precision in tables, exact in files.</summary>
internal static class Numbers
{
    public static string Show(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
