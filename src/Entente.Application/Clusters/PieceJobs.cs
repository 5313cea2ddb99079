using System.Globalization;
using Entente.Domain;
using Entente.Formats;
using Entente.Simulation.Comparison;
using Entente.Simulation.Execution;
using Entente.Simulation.Sensitivity;

namespace Entente.Application;

/// <summary>
/// The kinds of analysis whose pieces run on a cluster, each written once: how the client describes one
/// (<see cref="PieceJob"/>: kind, input text, arguments) and how a silo builds the same work from that description.
/// Every argument is an invariant string (doubles in round-trip form), so the silo's work is the client's, bit for bit.
/// </summary>
public static class PieceJobs
{
    /// <summary>One-at-a-time sensitivity, a piece per actor.</summary>
    public const string SensitivityKind = "sensitivity";

    /// <summary>A backtest's forecasters, a piece per model (or tuning candidate) forecasting every case.</summary>
    public const string BacktestKind = "backtest";

    /// <summary>
    /// A comparison: a piece per Monte Carlo run over types (the base, each variant, then the attribution's base
    /// without each signal and negotiation).
    /// </summary>
    public const string ComparisonKind = "comparison";

    /// <summary>The work <paramref name="kind"/> describes, built on the machine that runs it.</summary>
    /// <exception cref="ArgumentException">A kind this build does not know, or arguments it cannot read.</exception>
    public static IPieceWork Open(string kind, ScenarioText source, IReadOnlyList<string> arguments, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(arguments);
        return kind switch
        {
            SensitivityKind => OpenSensitivity(source, arguments, cancellation),
            BacktestKind => BacktestPieces.Open(source, arguments),
            ComparisonKind => OpenComparison(source, arguments),
            _ => throw new ArgumentException($"an analysis of kind '{kind}' is not one this build runs", nameof(kind)),
        };
    }

    /// <summary>The sensitivity of <paramref name="scenario"/> (parsed from <paramref name="source"/>) as a job of pieces.</summary>
    internal static PieceJob Sensitivity(ScenarioText source, Scenario scenario, string model, IReadOnlyList<ModelOption> options,
        SensitivitySettings settings, int? rounds, ulong seed, CancellationToken cancellation)
    {
        string[] arguments =
        [
            model, Text(rounds), Text(seed), Text(settings.PositionStep), Text(settings.SalienceStep), Text(settings.CapabilityFactor),
            Text(settings.PivotalShare), .. options.SelectMany(o => new[] { o.Name, o.Value }),
        ];
        return new PieceJob
        {
            Kind = SensitivityKind,
            Source = source,
            Arguments = arguments,
            Work = SensitivityAnalysis.Pieces(scenario, model, options, settings, rounds, seed, cancellation),
        };
    }

    private static SensitivityWork OpenSensitivity(ScenarioText source, IReadOnlyList<string> a, CancellationToken cancellation)
    {
        var scenario = ScenarioFiles.Parse(source.Text, source.File).Scenario;
        var settings = new SensitivitySettings
        {
            PositionStep = Double(a[3]), SalienceStep = Double(a[4]), CapabilityFactor = Double(a[5]), PivotalShare = Double(a[6]),
        };
        return SensitivityAnalysis.Pieces(scenario, a[0], Options(a, 7), settings, Int(a[1]), ulong.Parse(a[2], CultureInfo.InvariantCulture), cancellation);
    }

    /// <summary>
    /// The comparison <paramref name="engine"/> asks for (the base and <paramref name="variants"/>, each with its Monte
    /// Carlo over types, and the attribution over <paramref name="attributionTrials"/> trials), as a job of pieces.
    /// </summary>
    internal static PieceJob Comparison(ScenarioText source, Simulation.Forecasting.ForecastRequest engine, IReadOnlyList<string> variants, int attributionTrials)
    {
        var model = Simulation.Forecasting.ForecastRunner.ResolveModel(engine);
        var options = Simulation.Forecasting.ForecastRunner.ResolveOptions(engine, model);
        var seed = Simulation.Forecasting.ForecastRunner.SeedFor(engine);
        var work = VariantComparison.Pieces(engine, variants, attributionTrials);
        return new PieceJob
        {
            Kind = ComparisonKind,
            Source = source,
            Arguments =
            [
                model, Text(engine.Rounds), Text(seed), Text(work.Trials), Text(work.AttributionTrials), Text(variants.Count), .. variants,
                .. options.SelectMany(o => new[] { o.Name, o.Value }),
            ],
            Work = work,
        };
    }

    private static ComparisonWork OpenComparison(ScenarioText source, IReadOnlyList<string> a)
    {
        var variants = Int(a[5])!.Value;
        return VariantComparison.Pieces(ScenarioFiles.Parse(source.Text, source.File).Scenario, [.. a.Skip(6).Take(variants)], a[0],
            Options(a, 6 + variants), ulong.Parse(a[2], CultureInfo.InvariantCulture), Int(a[3])!.Value, Int(a[1]), Int(a[4])!.Value);
    }

    internal static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static string Text(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    internal static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static double Double(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    internal static int? Int(string text) => text.Length == 0 ? null : int.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Options written as name, value pairs from <paramref name="from"/> on.</summary>
    internal static ModelOption[] Options(IReadOnlyList<string> a, int from) =>
        [.. Enumerable.Range(0, (a.Count - from) / 2).Select(k => new ModelOption(a[from + 2 * k], a[from + 2 * k + 1]))];
}
