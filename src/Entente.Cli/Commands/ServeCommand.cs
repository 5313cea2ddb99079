using System.CommandLine;
using System.Net;
using Entente.Application;
using Entente.Cli.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente serve [--port 5080] [--store PATH|URL] [--bind ADDRESS] [--cluster HOST:PORT [--cluster-id ID]]</c>: the web app (HTTP API and its reference)
/// until Ctrl+C. On loopback anyone on this machine may use it; on any other address every API request needs a
/// token of the store (<c>entente tokens create</c>).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = "TCP port to listen on (0: any free port).",
            DefaultValueFactory = _ => WebSettings.DefaultPort,
        };
        var bind = new Option<string>("--bind")
        {
            Description = "Address to listen on; any but loopback requires API tokens ('entente tokens create').",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var store = StoreSelection.StoreOption();
        var device = CommonOptions.Device("the server's sweeps (compromise, median and eum have kernels)");
        var cluster = new Option<string?>("--cluster")
        {
            Description = "Run the server's sweeps, sensitivity analyses, comparisons' attributions and backtests on the Orleans cluster whose gateway is HOST:PORT (see 'entente silo'). Results do not depend on it.",
        };
        var clusterId = new Option<string?>("--cluster-id") { Description = "The cluster's id (its silos' --cluster-id; default: entente)." };
        var command = new Command("serve", "Serve the web API and its browsable reference on this machine.") { port, bind, store, device, cluster, clusterId };
        command.SetAction(parse =>
        {
            if (parse.GetValue(port) is < 0 or > 65535)
            {
                console.Error.WriteLine("error: --port must be between 0 and 65535");
                return ExitCodes.BadInput;
            }
            if (!IPAddress.TryParse(parse.GetValue(bind), out var address))
            {
                console.Error.WriteLine($"error: --bind '{parse.GetValue(bind)}' is not an IP address (e.g. 127.0.0.1 or ::1)");
                return ExitCodes.BadInput;
            }
            if (ServeCluster(parse.GetValue(cluster), parse.GetValue(clusterId), parse.GetValue(device)) is { Problem: { } problem })
            {
                console.Error.WriteLine($"error: {problem}");
                return ExitCodes.BadInput;
            }
            var settings = new WebSettings
            {
                Port = parse.GetValue(port), Bind = address, Store = StoreSelection.Resolve(parse.GetValue(store)), SweepDevice = parse.GetValue(device),
                Cluster = ServeCluster(parse.GetValue(cluster), parse.GetValue(clusterId), parse.GetValue(device)).Target,
            };
            return Serve(console, settings);
        });
        return command;
    }

    // The cluster the server runs its work on, or the one problem with the options that name it.
    private static (ClusterTarget? Target, string? Problem) ServeCluster(string? address, string? clusterId, ComputeDevice device)
    {
        if (address is null)
        {
            return (null, clusterId is null ? null : "--cluster-id is for a cluster: give --cluster too");
        }
        var target = new ClusterTarget { Address = address, ClusterId = clusterId };
        if (target.Validate() is { Count: > 0 } problems)
        {
            return (null, $"--cluster '{address}': {problems[0].Message}");
        }
        return device == ComputeDevice.Cpu ? (target, null) : (null, "--device chooses the device of this machine; with --cluster the silos run the sweeps");
    }

    private static int Serve(CliConsole console, WebSettings settings)
    {
        // One Orleans client for all the server's jobs (a command's own connector starts one per job).
        using var connector = settings.Cluster is null ? null : new Entente.Cluster.SharedClusterConnector();
        using var app = EntenteWebHost.Build(settings, connector);
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"error: cannot listen on {settings.Bind}:{settings.Port}: {e.Message}");
            return ExitCodes.BadInput;
        }
        var address = app.Services.GetService(typeof(Microsoft.AspNetCore.Hosting.Server.IServer)) is Microsoft.AspNetCore.Hosting.Server.IServer server
            ? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            : null;
        console.Out.WriteLine($"Entente is serving {address}/ (open it in a browser; the API at {address}/api, its reference at {address}/scalar; run store: {settings.Store}). Ctrl+C stops it.");
        if (settings.Cluster is { } cluster)
        {
            console.Out.WriteLine($"Sweeps, sensitivity analyses, comparisons and backtests run on the cluster at {cluster.Address} (cluster id '{cluster.ClusterId ?? "entente"}').");
        }
        if (settings.TokensRequired)
        {
            console.Out.WriteLine("Not loopback: every /api request needs 'Authorization: Bearer TOKEN' (entente tokens create --role reader|analyst|admin).");
        }
        app.WaitForShutdown();
        return ExitCodes.Success;
    }
}
