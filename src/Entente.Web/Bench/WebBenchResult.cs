namespace Entente.Web;

/// <summary>
/// One forecast timed over HTTP and in process (<c>entente bench web</c>): throughput and latency of each, one
/// request at a time, so the difference is what the HTTP layer adds per request.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Requests">Timed requests of each kind.</param>
/// <param name="Http">Latencies over HTTP (loopback), sorted.</param>
/// <param name="InProcess">Latencies of the same forecast through the application layer, sorted.</param>
/// <param name="Identical">Whether every HTTP answer was the in-process document.</param>
public sealed record WebBenchResult(string Scenario, int Requests, IReadOnlyList<TimeSpan> Http, IReadOnlyList<TimeSpan> InProcess, bool Identical)
{
    /// <summary>Requests per second over HTTP.</summary>
    public double HttpPerSecond => Requests / Http.Sum(t => t.TotalSeconds);

    /// <summary>Forecasts per second in process.</summary>
    public double InProcessPerSecond => Requests / InProcess.Sum(t => t.TotalSeconds);

    /// <summary>The <paramref name="quantile"/> (0 to 1) of sorted <paramref name="latencies"/>, nearest rank.</summary>
    public static TimeSpan Quantile(IReadOnlyList<TimeSpan> latencies, double quantile)
    {
        ArgumentNullException.ThrowIfNull(latencies);
        return latencies[Math.Clamp((int)Math.Ceiling(quantile * latencies.Count) - 1, 0, latencies.Count - 1)];
    }
}
