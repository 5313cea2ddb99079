using System.CommandLine;
using Entente.Application;
using Entente.Cli.Output;
using Entente.Simulation.Comparison;
using Entente.Simulation.Forecasting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary><c>entente compare SCENARIO [--variant NAME ...]</c>: the base and each variant with the same seed, side by side.</summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new ModelInputs();
        var typeTrials = CommonOptions.TypeTrials();
        var attribution = new Option<int>("--attribution")
        {
            Description = "Trials for the attribution of a diplomacy scenario: the base against the base without each signal and negotiation, paired (0: none).",
            DefaultValueFactory = _ => 200,
        };
        var format = CommonOptions.Format();
        var variants = new Option<string[]>("--variant", "-v")
        {
            Description = "A variant of the scenario to compare with the base (repeatable); default: every variant.",
        };
        var command = new Command("compare", "Run a scenario and its counterfactual variants with the same seed and show what differs, and why.");
        inputs.AddTo(command);
        command.Options.Add(typeTrials);
        command.Options.Add(attribution);
        command.Options.Add(variants);
        command.Options.Add(format);
        var cluster = new ClusterInputs("the Monte Carlo runs over types");
        cluster.AddTo(command);
        var saving = new Storage.ForecastSaving();
        foreach (var option in saving.Options)
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var (choice, optionProblems) = inputs.Read(parse);
            var (target, clusterProblems) = cluster.Read(parse);
            var request = new ComparisonRequest
            {
                Model = choice,
                Cluster = target,
                Trials = parse.GetValue(typeTrials),
                Attribution = parse.GetValue(attribution),
                Variants = parse.GetValue(variants) ?? [],
                SaveTo = saving.SaveTo(parse),
            };
            if (ModelInputs.FailEarly(console, [.. optionProblems, .. clusterProblems], request.Validate()) is { } failed)
            {
                return failed;
            }
            var document = ScenarioInput.Load(parse.GetValue(inputs.Scenario)!, console);
            if (document is null)
            {
                return ExitCodes.BadInput;
            }
            ComparisonOutcome outcome;
            try
            {
                outcome = CliProblems.Wait(console.Services.GetRequiredService<ComparisonService>().RunAsync(request with { Scenario = document }));
            }
            catch (RequestException e)
            {
                return CliProblems.Fail(console, e);
            }
            CliProblems.Warn(console, outcome.Warnings);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                console.Out.WriteLine(outcome.Json);
            }
            else if (parse.GetValue(format) == OutputFormat.Csv)
            {
                console.Out.Write(outcome.Csv);
            }
            else
            {
                Write(console.Rich, document.Scenario, outcome.Base, outcome.Variants);
                PairedText.WriteAttribution(console.Rich, document.Scenario, outcome.Attributions);
            }
            return Storage.ForecastSaving.Report(console, outcome.Saved);
        });
        return command;
    }

    private static void Write(IAnsiConsole console, Domain.Scenario scenario, ForecastRun baseline, IReadOnlyList<VariantDifference> variants)
    {
        console.MarkupLine($"[bold]{Markup.Escape(scenario.Name)}[/]  model [bold]{Markup.Escape(baseline.Model)}[/]  seed {baseline.MonteCarlo?.Seed ?? baseline.Seed}");
        foreach (var variant in variants)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]Variant {Markup.Escape(variant.Name)}[/]{(variant.Description is { } d ? ": " + Markup.Escape(d) : "")}");
            console.MarkupLine("Patches: " + Markup.Escape(string.Join("; ", variant.Patches)));
            var table = new Table().Border(TableBorder.Simple).AddColumns("Issue", "Base", "Variant", "Difference", "Mean base", "Mean variant");
            foreach (var issue in variant.Issues)
            {
                // The issue's id, not its name, so that the table fits 80 columns (names are in the forecast's tables).
                table.AddRow(Markup.Escape(issue.Issue), Numbers.Show(issue.Base), Numbers.Show(issue.Variant),
                    (issue.Difference > 0 ? "+" : "") + Numbers.Show(issue.Difference), Numbers.Show(issue.BaseMean), Numbers.Show(issue.VariantMean));
            }
            FittedTable.Write(console, table);
            if (variant.Paired is { } paired)
            {
                PairedText.Write(console, paired);
            }
            if (variant.AccountedFor.Count > 0)
            {
                console.MarkupLine("Accounted for by:");
                foreach (var line in variant.AccountedFor.Take(6))
                {
                    console.MarkupLine("  " + Markup.Escape(line));
                }
            }
        }
    }
}
