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
/// <c>entente serve [--port 5080] [--store PATH|URL] [--bind ADDRESS]</c>: the web app (HTTP API and its reference)
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
        var command = new Command("serve", "Serve the web API and its browsable reference on this machine.") { port, bind, store, device };
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
            var settings = new WebSettings
            {
                Port = parse.GetValue(port), Bind = address, Store = StoreSelection.Resolve(parse.GetValue(store)), SweepDevice = parse.GetValue(device),
            };
            return Serve(console, settings);
        });
        return command;
    }

    private static int Serve(CliConsole console, WebSettings settings)
    {
        using var app = EntenteWebHost.Build(settings);
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
        if (settings.TokensRequired)
        {
            console.Out.WriteLine("Not loopback: every /api request needs 'Authorization: Bearer TOKEN' (entente tokens create --role reader|analyst|admin).");
        }
        app.WaitForShutdown();
        return ExitCodes.Success;
    }
}
