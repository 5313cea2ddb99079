using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary><c>entente init [FILE]</c>: writes a commented template scenario to start a case from.</summary>
internal static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file")
        {
            Description = "Where to write the template.",
            DefaultValueFactory = _ => "scenario.yaml",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("init", "Write a commented template scenario (three actors, two issues) to edit into a case.") { file, force };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (File.Exists(path) && !parse.GetValue(force))
            {
                console.Error.WriteLine($"{path}: error: the file exists; choose another name or add --force to overwrite it");
                return ExitCodes.BadInput;
            }
            try
            {
                Output.OutputFiles.Write(path, ScenarioTemplate.Text + "\n");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                console.Error.WriteLine($"{path}: error: cannot write the template: {e.Message}");
                return ExitCodes.BadInput;
            }
            console.Out.WriteLine($"wrote {path}: edit it, then 'entente validate {path}' and 'entente forecast {path}'");
            return ExitCodes.Success;
        });
        return command;
    }
}
