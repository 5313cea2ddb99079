using Entente.Simulation.Forecasting;

namespace Entente.Application;

/// <summary>A forecast: the run, its JSON document, the warnings about it, and where it was saved.</summary>
public sealed record ForecastOutcome
{
    private string? _json;

    /// <summary>The completed run.</summary>
    public required ForecastRun Run { get; init; }

    /// <summary>
    /// The forecast document (<see cref="ForecastJson"/>), as saved: built as one string when first read. To print or
    /// send it, <see cref="WriteJson"/> streams the same bytes without holding them all.
    /// </summary>
    public string Json => _json ??= ForecastJson.Write(Run);

    /// <summary>Writes the forecast document to <paramref name="stream"/> as UTF-8 as it is serialized (the bytes of <see cref="Json"/>).</summary>
    public void WriteJson(Stream stream) => ForecastJson.Write(Run, stream);

    /// <summary>As <see cref="WriteJson"/>, asynchronously.</summary>
    public Task WriteJsonAsync(Stream stream, CancellationToken cancellation = default) => ForecastJson.WriteAsync(Run, stream, cancellation);

    /// <summary>The forecast as a flat CSV table (<c>issue,round,actor,position,weightedMean,weightedMedian,forecast</c>).</summary>
    public string Csv => ForecastCsv.Write(Run);

    /// <summary>Warnings about the run, one sentence each (a model that ignores part of the scenario, an old option spelling).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Where the run was saved; null when it was not asked to be.</summary>
    public SavedRun? Saved { get; init; }
}
