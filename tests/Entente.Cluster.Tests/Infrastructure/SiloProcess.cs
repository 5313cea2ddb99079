using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Entente.Cluster.Tests.Infrastructure;

/// <summary>An <c>entente silo</c> process started by a test, and killed by it (SIGKILL on Linux) when disposed.</summary>
internal sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private SiloProcess(Process process, int siloPort, int gatewayPort)
    {
        _process = process;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What the silo printed, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Starts <c>dotnet entente.dll silo</c> from the test's output folder on two free loopback ports.</summary>
    public static SiloProcess Start(string clusterId, string membership)
    {
        var (siloPort, gatewayPort) = (FreePort(), FreePort());
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        string[] arguments =
        [
            Path.Combine(AppContext.BaseDirectory, "entente.dll"), "silo", "--cluster-id", clusterId, "--port", siloPort.ToString(),
            "--gateway-port", gatewayPort.ToString(), "--membership", membership,
            // With localhost membership a lone silo is its own primary.
            .. membership == "localhost" ? ["--primary-port", siloPort.ToString()] : Array.Empty<string>(),
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var silo = new SiloProcess(new Process { StartInfo = start, EnableRaisingEvents = true }, siloPort, gatewayPort);
        silo._process.OutputDataReceived += (_, e) => silo.Heard(e.Data);
        silo._process.ErrorDataReceived += (_, e) => silo.Heard(e.Data);
        silo._process.Exited += (_, _) => silo._ready.TrySetException(new InvalidOperationException($"the silo exited before it was ready:\n{silo.Output}"));
        silo._process.Start();
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>Waits for the silo's "silo ready" line.</summary>
    public Task ReadyAsync(TimeSpan timeout) => _ready.Task.WaitAsync(timeout);

    /// <summary>Kills the process at once, as a lost machine would go: SIGKILL, no goodbye to the cluster.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Heard(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.Add(line);
        }
        if (line.StartsWith("silo ready", StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
