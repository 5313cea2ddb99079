using System.CommandLine;
using Entente.Application;
using Entente.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Cli.Commands;

/// <summary><c>entente advise SCENARIO --actor ID</c>: which of an actor's levers move the forecast its way, and how surely.</summary>
internal static class AdviseCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new ModelInputs();
        // The sweep's noise options, off unless given: the types alone are drawn by default.
        var noise = new NoiseInputs(Simulation.MonteCarlo.NoiseSettings.None);
        var actor = new Option<string?>("--actor") { Description = "The actor to advise (its id)." };
        var objective = new Option<string>("--objective")
        {
            Description = "What a lever should improve: outcome (forecasts nearer the actor's ideal), escalation (less of it), deal (more of them).",
            DefaultValueFactory = _ => "outcome",
        };
        objective.AcceptOnlyFromAmong("outcome", "escalation", "deal");
        var issues = new Option<string[]>("--issue", "-i") { Description = "An issue to work on (repeatable); default: every issue the actor takes a stance on." };
        var levers = new Option<string>("--levers")
        {
            Description = "Lever families, comma-separated: position,salience,signal,channel,timing,commitment,persuasion (default: all).",
        };
        var budget = new Option<int>("--budget", "-b")
        {
            Description = "The most candidates the halving search carries to the full trials.",
            DefaultValueFactory = _ => Simulation.Advice.AdviceSettings.DefaultBudget,
        };
        var trials = new Option<int?>("--trials", "-n")
        {
            Description = "Paired trials over types per fully evaluated lever (default: the scenario's montecarlo.trials, else 2000).",
        };
        var pairs = new Option<int>("--pairs")
        {
            Description = "Combine the best N levers (fully evaluated, helping) two by two and evaluate each pair on the full trials (default 0: none).",
            DefaultValueFactory = _ => 0,
        };
        var search = new Option<string>("--search")
        {
            Description = "halving (screen on fewer trials, carry the better half on), grid (every lever on the full trials, for checking), "
                + "coordinate (halving, then combined levers, one coordinate at a time from the best single lever) or combinations "
                + "(halving, then every combination of the coordinate search's coordinates, for checking it).",
            DefaultValueFactory = _ => "halving",
        };
        search.AcceptOnlyFromAmong([.. Simulation.Advice.AdviceSearches.Names]);
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        format.HelpName = "table|json";
        var command = new Command("advise", "Which of an actor's levers (position, salience, signals, channels, timing, commitments, persuasion) move the forecast its way, and how surely.");
        inputs.AddTo(command);
        noise.AddTo(command);
        foreach (var option in (Option[])[actor, objective, issues, levers, budget, trials, pairs, search, format])
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var (choice, optionProblems) = inputs.Read(parse);
            var request = new AdviceRequest
            {
                Model = choice,
                Actor = parse.GetValue(actor),
                Objective = parse.GetValue(objective),
                Issues = parse.GetValue(issues) ?? [],
                Levers = (parse.GetValue(levers) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Budget = parse.GetValue(budget),
                Trials = parse.GetValue(trials),
                Search = parse.GetValue(search),
                Noise = noise.Read(parse),
                Pairs = parse.GetValue(pairs),
            };
            if (ModelInputs.FailEarly(console, optionProblems, request.Validate()) is { } failed)
            {
                return failed;
            }
            var document = ScenarioInput.Load(parse.GetValue(inputs.Scenario)!, console);
            if (document is null)
            {
                return ExitCodes.BadInput;
            }
            AdviceOutcome outcome;
            try
            {
                var service = console.Services.GetRequiredService<AdviceService>();
                outcome = AdviceProgress.Run(console, progress => CliProblems.Wait(service.RunAsync(request with { Scenario = document }, progress)));
            }
            catch (RequestException e)
            {
                return CliProblems.Fail(console, e);
            }
            CliProblems.Warn(console, outcome.Warnings);
            console.Error.WriteLine(FormattableString.Invariant(
                $"advise: {outcome.Result.Candidates} candidates, {outcome.Result.Runs} model runs in {outcome.Elapsed.TotalSeconds:F1} s"));
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(outcome.Json);
            }
            else
            {
                AdviceTable.Write(console.Rich, outcome);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
