using System.CommandLine;
using Entente.Application;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cli.Commands;

/// <summary><c>entente convert IN --to yaml</c>: writes any supported input as a YAML scenario.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("input") { Description = "File in any supported format." };
        var to = new Option<string>("--to")
        {
            Description = "Target format.",
            DefaultValueFactory = _ => "yaml",
        };
        to.AcceptOnlyFromAmong("yaml");
        var output = new Option<string?>("--output") { Description = "Write here instead of standard output." };
        var force = new Option<bool>("--force") { Description = "Convert even if the scenario has validation errors." };
        var proposal = new Option<string?>("--proposal") { Description = "From a DEU table: the proposal (prnr) to write as one scenario, all its issues with the Council of its day." };
        var command = new Command("convert", "Convert a scenario (KTAB CSV, exchange-model file, actor table, YAML), or one proposal of a DEU table, to YAML.")
        {
            input, to, output, force, proposal,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            if (parse.GetValue(output) is { } destination && Output.OutputFiles.Overwrites(destination, path) is { } clash)
            {
                console.Error.WriteLine(clash);
                return ExitCodes.BadInput;
            }
            Conversion conversion;
            var problems = new ProblemPrinter(console);
            try
            {
                conversion = CliProblems.Wait(console.Services.GetRequiredService<DocumentService>().ConvertAsync(new ConversionRequest
                {
                    Scenario = new ScenarioRequest { Path = path, AllowErrors = parse.GetValue(force), Found = problems.Found },
                    Proposal = parse.GetValue(proposal),
                }));
            }
            catch (RequestException e)
            {
                return CliProblems.Fail(console, e);
            }
            problems.PrintRest(conversion.Diagnostics);
            if (conversion.Yaml is not { } yaml)
            {
                if (conversion.StoppedByErrors || parse.GetValue(proposal) is null)
                {
                    console.Error.WriteLine("not converted: fix the errors above, or pass --force to convert anyway");
                }
                return ExitCodes.BadInput;
            }
            if (parse.GetValue(output) is { } target)
            {
                try
                {
                    Output.OutputFiles.Write(target, yaml);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"{target}: error: cannot write: {e.Message}");
                    return ExitCodes.BadInput;
                }
                console.Error.WriteLine($"wrote {target}");
            }
            else
            {
                console.Out.Write(yaml);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
