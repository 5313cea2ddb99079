using Entente.Formats.Importers.Deu;
using Entente.Simulation.Backtest;
using Entente.Simulation.Execution;

namespace Entente.Application;

/// <summary>A backtest's forecasters as a job of pieces (<see cref="PieceJobs.BacktestKind"/>), and back on a silo.</summary>
internal static class BacktestPieces
{
    /// <summary>
    /// The job of scoring <paramref name="cases"/>: the DEU table's text and what turns it into cases (schemes,
    /// institutions' weights, bad rows skipped) and into forecasters (models, options, folds, seed, baseline).
    /// </summary>
    public static PieceJob Of(DeuDataset dataset, string file, BacktestRequest request, BacktestOptions options,
        IReadOnlyList<BacktestCase> cases, IReadOnlyList<BacktestCase> baselineCases)
    {
        string[] arguments =
        [
            request.Capability, request.BaselineCapability, Weight(request.CommissionWeight), Weight(request.ParliamentWeight),
            request.SkipBadRows ? "1" : "0", PieceJobs.Text(options.Folds), PieceJobs.Text(options.Seed), options.Baseline ?? "",
            PieceJobs.Text(options.Models.Count), .. options.Models, .. options.ModelOptions.SelectMany(o => new[] { o.Name, o.Value }),
        ];
        return new PieceJob
        {
            Kind = PieceJobs.BacktestKind,
            Source = new ScenarioText(dataset.Text, file),
            Arguments = arguments,
            Work = BacktestRunner.Pieces(cases, options, baselineCases),
        };
    }

    /// <summary>The same work on the machine that runs it, from the table's text and the arguments <see cref="Of"/> wrote.</summary>
    public static BacktestWork Open(ScenarioText source, IReadOnlyList<string> a)
    {
        var scheme = CapabilitySchemes.Parse(a[0]) ?? throw new ArgumentException($"no capability scheme '{a[0]}'", nameof(a));
        var baselineScheme = CapabilitySchemes.Parse(a[1]) ?? throw new ArgumentException($"no capability scheme '{a[1]}'", nameof(a));
        double? commission = a[2].Length == 0 ? null : PieceJobs.Double(a[2]);
        double? parliament = a[3].Length == 0 ? null : PieceJobs.Double(a[3]);
        var dataset = DeuImporter.Import(source.Text, source.File, a[4] == "1");
        var cases = DeuCases.From(dataset, scheme, commission, parliament);
        var baselineCases = baselineScheme == scheme ? cases : DeuCases.From(dataset, baselineScheme, commission, parliament);
        var models = PieceJobs.Int(a[8])!.Value;
        var options = new BacktestOptions
        {
            Models = [.. a.Skip(9).Take(models)],
            ModelOptions = PieceJobs.Options(a, 9 + models),
            Folds = PieceJobs.Int(a[5])!.Value,
            Seed = ulong.Parse(a[6], System.Globalization.CultureInfo.InvariantCulture),
            Baseline = a[7].Length == 0 ? null : a[7],
        };
        return BacktestRunner.Pieces(cases, options, baselineCases);
    }

    private static string Weight(double? weight) => weight is { } w ? PieceJobs.Text(w) : "";
}
