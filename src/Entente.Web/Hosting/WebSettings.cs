using System.Net;
using Entente.Application;

namespace Entente.Web;

/// <summary>
/// How <c>entente serve</c> runs the web app: where it listens, which run store it uses, and the limits that keep
/// one client from exhausting it. The defaults suit one analyst on a laptop.
/// </summary>
public sealed record WebSettings
{
    /// <summary>The default port.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The TCP port; 0 for any free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The address to listen on; loopback unless the user asks for more.</summary>
    public IPAddress Bind { get; init; } = IPAddress.Loopback;

    /// <summary>
    /// Whether every <c>/api</c> request needs an API token (<c>Authorization: Bearer …</c>); null for: when bound
    /// to anything but loopback.
    /// </summary>
    public bool? RequireTokens { get; init; }

    /// <summary>Whether tokens are required, as <see cref="RequireTokens"/> says or the address implies.</summary>
    public bool TokensRequired => RequireTokens ?? !IPAddress.IsLoopback(Bind);

    /// <summary>The run store (a SQLite path, a <c>postgres://</c> URL or an Npgsql connection string).</summary>
    public required string Store { get; init; }

    /// <summary>The largest request body accepted, in bytes (a scenario or a DEU table is far smaller).</summary>
    public long MaxRequestBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Sweeps run at once; more wait in the queue.</summary>
    public int SweepWorkers { get; init; } = 1;

    /// <summary>Sweeps that may wait for a worker; beyond them a new sweep is refused with 429.</summary>
    public int SweepQueue { get; init; } = 4;

    /// <summary>Where the server runs sweeps: its cores, GPU kernels, or a GPU when it has one (<c>entente serve --device</c>).</summary>
    public Application.ComputeDevice SweepDevice { get; init; } = Application.ComputeDevice.Cpu;

    /// <summary>
    /// The Orleans cluster the server runs its sweeps', sensitivity analyses', comparisons' and backtests' work on
    /// (<c>entente serve --cluster HOST:PORT [--cluster-id ID]</c>); null to run it on this machine. The numbers do not
    /// depend on it.
    /// </summary>
    public ClusterTarget? Cluster { get; init; }

    /// <summary>The most trials one sweep may ask for over HTTP.</summary>
    public long MaxSweepTrials { get; init; } = 1_000_000;

    /// <summary>Requests one client may make per <see cref="RateWindow"/>; beyond them 429.</summary>
    public int RatePermits { get; init; } = 1000;

    /// <summary>The window of <see cref="RatePermits"/>.</summary>
    public TimeSpan RateWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Finished sweeps kept for their results; the oldest are forgotten first.</summary>
    public int KeptSweeps { get; init; } = 100;
}
