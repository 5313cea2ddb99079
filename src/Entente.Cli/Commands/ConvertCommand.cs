using System.CommandLine;
using Entente.Formats;

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
        var output = new Option<string?>("--output", "-O") { Description = "Write here instead of standard output." };
        var force = new Option<bool>("--force") { Description = "Convert even if the scenario has validation errors." };
        var command = new Command("convert", "Convert a scenario (KTAB CSV, exchange-model file, actor table, YAML) to YAML.")
        {
            input, to, output, force,
        };
        command.SetAction(parse =>
        {
            var document = ScenarioInput.Load(parse.GetValue(input)!, console, allowErrors: parse.GetValue(force));
            if (document is null)
            {
                console.Error.WriteLine("not converted: fix the errors above, or pass --force to convert anyway");
                return ExitCodes.BadInput;
            }
            var yaml = YamlScenarioWriter.Write(document.Scenario);
            if (parse.GetValue(output) is { } path)
            {
                try
                {
                    File.WriteAllText(path, yaml);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"{path}: error: cannot write: {e.Message}");
                    return ExitCodes.BadInput;
                }
                console.Error.WriteLine($"wrote {path}");
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
