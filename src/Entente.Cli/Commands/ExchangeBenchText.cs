using System.Globalization;
using Entente.Application.Bench;

namespace Entente.Cli.Commands;

/// <summary>
/// The rows of <c>entente bench exchange</c>'s table, 80 columns at most. The processor time of the
/// incremental run stands beside its wall-clock time: on a shared machine it is the steadier figure.
/// </summary>
internal static class ExchangeBenchText
{
    public const string Header = "  issues  exchanges  rounds  incremental s   cpu s  full sort s    ratio  same";

    public static string Row(ExchangeBenchResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Issues,8}  {r.Exchanges,9}  {r.Rounds,6}  {r.Seconds,13:0.000}  {r.CpuSeconds,6:0.00}  {Optional(r.BaselineSeconds, "0.000"),11}  {Ratio(r.Ratio),7}  {Same(r.Difference),4}");

    private static string Optional(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string Ratio(double? ratio) => ratio is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "x" : "-";

    private static string Same(string? difference) => difference switch
    {
        null => "-",
        "" => "yes",
        _ => "NO",
    };
}
