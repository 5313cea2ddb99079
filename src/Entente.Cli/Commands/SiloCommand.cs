using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using Entente.Cluster;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente silo</c>: runs one silo of an Orleans cluster that runs sweeps' trial ranges; <c>--cluster HOST:PORT</c>
/// on <c>sweep</c> sends work to it. Runs until Ctrl+C or SIGTERM.
/// </summary>
internal static class SiloCommand
{
    public static Command Create(CliConsole console)
    {
        var clusterId = new Option<string>("--cluster-id") { Description = "Silos with the same id form one cluster.", DefaultValueFactory = _ => SiloSettings.DefaultClusterId };
        var port = new Option<int>("--port") { Description = "Port silos talk to each other on.", DefaultValueFactory = _ => 11111 };
        var gateway = new Option<int>("--gateway-port") { Description = "Port clients (--cluster HOST:PORT) connect to.", DefaultValueFactory = _ => 30000 };
        var membership = new Option<string>("--membership")
        {
            Description = "How silos find each other: 'localhost' (one machine) or postgres://user:password@host:port/database (several machines; job records are kept there too).",
            DefaultValueFactory = _ => "localhost",
        };
        var primary = new Option<int>("--primary-port") { Description = "With localhost membership: the silo port of the silo the others join through.", DefaultValueFactory = _ => 11111 };
        var address = new Option<string>("--address") { Description = "The address other machines reach this silo at (default: loopback).", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("silo", "Run a silo of an Orleans cluster that runs sweeps (entente sweep --cluster HOST:PORT).")
        {
            clusterId, port, gateway, membership, primary, address,
        };
        command.SetAction(parse =>
        {
            if (!IPAddress.TryParse(parse.GetValue(address), out var ip))
            {
                console.Error.WriteLine($"error: --address '{parse.GetValue(address)}' is not an IP address");
                return ExitCodes.BadInput;
            }
            var settings = new SiloSettings
            {
                ClusterId = parse.GetValue(clusterId)!,
                SiloPort = parse.GetValue(port),
                GatewayPort = parse.GetValue(gateway),
                Membership = parse.GetValue(membership)!,
                PrimarySiloPort = parse.GetValue(primary),
                Address = ip,
            };
            var problems = settings.Problems();
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    console.Error.WriteLine($"error: {problem}");
                }
                return ExitCodes.BadInput;
            }
            return Run(console, settings);
        });
        return command;
    }

    private static int Run(CliConsole console, SiloSettings settings)
    {
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        Microsoft.Extensions.Hosting.IHost host;
        try
        {
            host = EntenteSilo.StartAsync(settings, stop.Token).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            console.Error.WriteLine($"error: the silo could not start: {e.Message}");
            return ExitCodes.BadInput;
        }
        using (host)
        {
            console.Out.WriteLine($"silo ready: cluster '{settings.ClusterId}', silo port {settings.SiloPort}, gateway port {settings.GatewayPort}, membership {Describe(settings.Membership)}. Ctrl+C stops it.");
            console.Out.Flush();
            stop.Token.WaitHandle.WaitOne();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            host.StopAsync(patience.Token).GetAwaiter().GetResult();
        }
        console.Out.WriteLine("silo stopped");
        return ExitCodes.Success;
    }

    // The database's password never reaches a log.
    private static string Describe(string membership) =>
        Uri.TryCreate(membership, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0
            ? membership.Replace(uri.UserInfo + "@", uri.UserInfo.Split(':')[0] + ":***@", StringComparison.Ordinal)
            : membership;
}
