using Entente.Formats;
using Entente.Simulation.Advice;
using Entente.Simulation.MonteCarlo;

namespace Entente.Application;

/// <summary>Which levers move the outcome for one actor, and how surely: the use case behind <c>entente advise</c>.</summary>
public sealed record AdviceRequest
{
    /// <summary>The scenario, read and validated.</summary>
    public ScenarioDocument? Scenario { get; init; }

    /// <summary>The model, its options, rounds and seed (0: the scenario's montecarlo seed, else 1).</summary>
    public ModelChoice Model { get; init; } = new();

    /// <summary>The advised actor's id.</summary>
    public string? Actor { get; init; }

    /// <summary>outcome, escalation or deal; null for outcome.</summary>
    public string? Objective { get; init; }

    /// <summary>The issues to work on; empty for every issue the actor takes a stance on.</summary>
    public IReadOnlyList<string> Issues { get; init; } = [];

    /// <summary>The lever families (position, salience, signal, channel, timing, commitment, persuasion); empty for all.</summary>
    public IReadOnlyList<string> Levers { get; init; } = [];

    /// <summary>The most candidates the halving search carries to the full trials.</summary>
    public int Budget { get; init; } = AdviceSettings.DefaultBudget;

    /// <summary>Trials per fully evaluated candidate: null for the scenario's montecarlo.trials, else 2,000.</summary>
    public int? Trials { get; init; }

    /// <summary>The sweep's input noise drawn in every trial besides the types; none unless given.</summary>
    public NoiseSettings Noise { get; init; } = NoiseSettings.None;

    /// <summary>How many of the best levers to combine in pairs; 0 for none.</summary>
    public int Pairs { get; init; }

    /// <summary>halving (default), grid, coordinate or combinations.</summary>
    public string? Search { get; init; }

    /// <summary>Problems with these fields, all at once.</summary>
    public IReadOnlyList<RequestProblem> Validate()
    {
        var problems = new List<RequestProblem>(Model.Validate());
        if (string.IsNullOrWhiteSpace(Actor))
        {
            problems.Add(new RequestProblem("actor", "an actor to advise is required (--actor ID)"));
        }
        if (Objective is not null && !AdviceObjectives.TryParse(Objective, out _))
        {
            problems.Add(new RequestProblem("objective", $"objective '{Objective}' is not one of {string.Join(", ", AdviceObjectives.Names)}"));
        }
        foreach (var lever in Levers.Where(l => !LeverFamilies.TryParse(l, out _)))
        {
            problems.Add(new RequestProblem("levers", $"lever family '{lever}' is not one of {string.Join(", ", LeverFamilies.All.Select(LeverFamilies.NameOf))}"));
        }
        if (Budget <= 0)
        {
            problems.Add(RequestProblem.Of("budget", "must be a positive whole number"));
        }
        if (Pairs < 0)
        {
            problems.Add(RequestProblem.Of("pairs", "must be 0 or a positive whole number"));
        }
        if (Trials is <= 0)
        {
            problems.Add(RequestProblem.Of("trials", "must be a positive whole number"));
        }
        if (Search is not null && !AdviceSearches.TryParse(Search, out _))
        {
            problems.Add(new RequestProblem("search", $"search '{Search}' is not one of {string.Join(", ", AdviceSearches.Names)}"));
        }
        problems.AddRange(NoiseProblems.Of(Noise));
        problems.AddRange(Requests.ScenarioGiven(Scenario));
        if (problems.Count == 0 && Scenario is { } document)
        {
            problems.AddRange(LeverSearch.Problems(document.Scenario, Settings(document.Scenario)).Select(p => new RequestProblem(p.Field, p.Message)));
        }
        return problems;
    }

    /// <summary>The engine's settings; call on a valid request.</summary>
    internal AdviceSettings Settings(Domain.Scenario scenario)
    {
        AdviceObjectives.TryParse(Objective ?? "outcome", out var objective);
        var families = Levers.Count == 0 ? LeverFamilies.All : [.. Levers.Select(l => LeverFamilies.TryParse(l, out var f) ? f : LeverFamily.Position).Distinct()];
        return new AdviceSettings
        {
            Actor = Actor!.Trim(),
            Objective = objective,
            Issues = Issues,
            Families = families,
            Budget = Budget,
            Trials = Trials ?? scenario.Strategic?.MonteCarlo?.Trials ?? 2000,
            Seed = Model.Seed != 0 ? Model.Seed : scenario.Strategic?.MonteCarlo?.Seed ?? 1,
            Search = AdviceSearches.TryParse(Search ?? "halving", out var search) ? search : AdviceSearch.Halving,
            Noise = Noise,
            Pairs = Pairs,
        };
    }
}
