using System.CommandLine;
using System.Text.Json;
using Entente.Cli.Output;
using Entente.Models;
using Entente.Simulation.Comparison;
using Entente.Simulation.Diplomacy;
using Entente.Simulation.Forecasting;
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
        var saving = new Storage.ForecastSaving();
        foreach (var option in saving.Options)
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var (options, problems) = inputs.Read(parse);
            if (parse.GetValue(typeTrials) is < 0)
            {
                problems.Add("--trials must be 0 or more");
            }
            if (parse.GetValue(attribution) < 0)
            {
                problems.Add("--attribution must be 0 or more");
            }
            if (problems.Count > 0)
            {
                return ModelInputs.Fail(console, problems);
            }
            var document = ScenarioInput.Load(parse.GetValue(inputs.Scenario)!, console);
            if (document is null)
            {
                return ExitCodes.BadInput;
            }
            if (document.Scenario.Variants.Count == 0)
            {
                console.Error.WriteLine($"{document.File}: error: the scenario declares no variants to compare");
                return ExitCodes.BadInput;
            }
            var request = inputs.Request(parse, document.Scenario, options) with { Trials = parse.GetValue(typeTrials) };
            (ForecastRun Base, IReadOnlyList<VariantDifference> Variants) result;
            IReadOnlyList<Attribution> attributions = [];
            var startedAt = TimeProvider.System.GetUtcNow();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                result = VariantComparison.Run(request, parse.GetValue(variants) ?? []);
                if (result.Base.Result.Strategic is not null)
                {
                    attributions = VariantComparison.Attribute(request, parse.GetValue(attribution));
                }
            }
            catch (ArgumentException e)
            {
                console.Error.WriteLine($"error: {e.Message.Split(" (Parameter", 2)[0]}");
                return ExitCodes.BadInput;
            }
            catch (ModelOptionsException e)
            {
                return ModelInputs.Fail(console, e);
            }
            clock.Stop();
            var json = JsonSerializer.Serialize(new
                {
                    scenario = document.Scenario.Name,
                    model = result.Base.Model,
                    seed = result.Base.MonteCarlo?.Seed ?? result.Base.Seed,
                    variants = result.Variants.Select(v => new
                    {
                        name = v.Name,
                        description = v.Description,
                        patches = v.Patches,
                        issues = v.Issues.Select(i => new { id = i.Issue, @base = i.Base, variant = i.Variant, difference = i.Difference, baseMean = i.BaseMean, variantMean = i.VariantMean }),
                        accountedFor = v.AccountedFor,
                        paired = v.Paired is { } p ? PairedJson.Of(p) : null,
                    }),
                    attribution = attributions.Count == 0 ? null : attributions.Select(a => new { element = a.Element, mechanism = a.Mechanism, effect = PairedJson.Of(a.Effect) }),
                }, ForecastJson.Options);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                console.Out.WriteLine(json);
            }
            else
            {
                Write(console.Rich, document.Scenario, result.Base, result.Variants);
                PairedText.WriteAttribution(console.Rich, document.Scenario, attributions);
            }
            return saving.SaveSummaryIfAsked(console, parse, Entente.Storage.RunKind.Compare, new Entente.Storage.ScenarioSource(document.Scenario.Name, document.Text, document.File),
                source => Entente.Storage.RunHeader.For(result.Base, source, startedAt) with { Elapsed = clock.Elapsed }, json);
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
            console.Write(table);
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
