using System.CommandLine;
using Entente.Application;
using Entente.Cli.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente tokens create --role reader|analyst|admin [--label TEXT] [--store PATH|URL]</c>: an API token for the
/// web app, printed once; the run store keeps only its hash.
/// </summary>
internal static class TokensCommand
{
    public static Command Create(CliConsole console) => new("tokens", "API tokens for 'entente serve' on an address other than loopback.")
    {
        CreateToken(console),
    };

    private static Command CreateToken(CliConsole console)
    {
        var role = new Option<string>("--role") { Description = "reader (read), analyst (also run models), admin (also delete runs).", Required = true };
        role.AcceptOnlyFromAmong([.. TokenRequest.Roles]);
        var label = new Option<string?>("--label") { Description = "A note on whom the token is for." };
        var store = StoreSelection.StoreOption();
        var command = new Command("create", "Create a token and print it (once: only its hash is kept, in the run store the server uses).") { role, label, store };
        command.SetAction(parse =>
        {
            CreatedToken created;
            try
            {
                created = CliProblems.Wait(console.Services.GetRequiredService<TokenService>().CreateAsync(new TokenRequest
                {
                    Role = parse.GetValue(role)!,
                    Label = parse.GetValue(label),
                    Store = StoreSelection.Resolve(parse.GetValue(store)),
                }));
            }
            catch (RequestException e)
            {
                return CliProblems.Fail(console, e);
            }
            console.Out.WriteLine(created.Token);
            console.Error.WriteLine($"created {created.Role} token {created.Id} in {created.Location}; it is shown only now (send it as 'Authorization: Bearer TOKEN')");
            return ExitCodes.Success;
        });
        return command;
    }
}
