using System.CommandLine;
using Entente.Formats;
using Entente.Formats.Importers.Deu;

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
        var proposal = new Option<string?>("--proposal") { Description = "From a DEU table: the proposal (prnr) to write as one scenario, all its issues with the Council of its day." };
        var command = new Command("convert", "Convert a scenario (KTAB CSV, exchange-model file, actor table, YAML), or one proposal of a DEU table, to YAML.")
        {
            input, to, output, force, proposal,
        };
        command.SetAction(parse =>
        {
            Domain.Scenario? scenario;
            if (parse.GetValue(proposal) is { } id)
            {
                scenario = DeuProposal(parse.GetValue(input)!, id, console);
            }
            else
            {
                var document = ScenarioInput.Load(parse.GetValue(input)!, console, allowErrors: parse.GetValue(force));
                if (document is null)
                {
                    console.Error.WriteLine("not converted: fix the errors above, or pass --force to convert anyway");
                }
                scenario = document?.Scenario;
            }
            if (scenario is null)
            {
                return ExitCodes.BadInput;
            }
            // The writer does not write the diplomacy layer version 2 yet: refuse rather than lose it.
            if (scenario.Strategic is { FromVersion1: false })
            {
                console.Error.WriteLine($"{parse.GetValue(input)}: error: diplomacy: the YAML writer cannot write a version-2 diplomacy layer yet; not converted (the file is already YAML)");
                return ExitCodes.BadInput;
            }
            var yaml = YamlScenarioWriter.Write(scenario);
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

    private static Domain.Scenario? DeuProposal(string path, string id, CliConsole console)
    {
        DeuDataset dataset;
        try
        {
            dataset = DeuImporter.Load(path);
        }
        catch (ScenarioLoadException e)
        {
            ScenarioInput.Print(e.Diagnostics, console);
            return null;
        }
        if (DeuProposals.Of(dataset, id) is { } scenario)
        {
            return scenario;
        }
        var known = dataset.Issues.Select(i => i.ProposalId).Distinct(StringComparer.Ordinal).ToArray();
        var nearest = Domain.Spelling.Nearest(id, known);
        console.Error.WriteLine($"{path}: error: --proposal: no proposal '{id}' in the table{(nearest is null ? "" : $" (did you mean '{nearest}'?)")}");
        return null;
    }
}
