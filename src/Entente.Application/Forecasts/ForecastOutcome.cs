using Entente.Simulation.Forecasting;

namespace Entente.Application;

/// <summary>A forecast: the run, its JSON document, the warnings about it, and where it was saved.</summary>
public sealed record ForecastOutcome
{
    private string? _json;
    private readonly CalibratedForecast? _calibration;

    /// <summary>The completed run.</summary>
    public required ForecastRun Run { get; init; }

    /// <summary>
    /// The forecast document (<see cref="ForecastJson"/>), as saved: built as one string when first read. To print or
    /// send it, <see cref="WriteJson"/> streams the same bytes without holding them all.
    /// </summary>
    public string Json => _json ??= ForecastJson.Write(Run, Calibration);

    /// <summary>Writes the forecast document to <paramref name="stream"/> as UTF-8 as it is serialized (the bytes of <see cref="Json"/>).</summary>
    public void WriteJson(Stream stream) => ForecastJson.Write(Run, stream, Calibration);

    /// <summary>As <see cref="WriteJson"/>, asynchronously.</summary>
    public Task WriteJsonAsync(Stream stream, CancellationToken cancellation = default) => ForecastJson.WriteAsync(Run, stream, cancellation, Calibration);

    /// <summary>
    /// The forecast as a flat CSV table (<c>issue,round,actor,position,weightedMean,weightedMedian,forecast</c>, then with
    /// a <see cref="Calibration"/> <c>low50,high50,low80,high80,low95,high95</c>: the intervals on each of its rows).
    /// </summary>
    public string Csv => ForecastCsv.Write(Run, Calibration);

    /// <summary>
    /// The forecast's frozen conformal intervals (<c>forecast --calibration</c>), added to the documents: JSON's
    /// <c>calibration</c> and CSV's interval columns; null for none. Set after the run, so a saved run's document has none.
    /// </summary>
    public CalibratedForecast? Calibration
    {
        get => _calibration;
        init
        {
            _calibration = value;
            // A copy made with other intervals must not keep the document built without them.
            _json = null;
        }
    }

    /// <summary>Warnings about the run, one sentence each (a model that ignores part of the scenario, an old option spelling).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Where the run was saved; null when it was not asked to be.</summary>
    public SavedRun? Saved { get; init; }
}
