using System.Text.Json;
using Entente.Simulation.Advice;

namespace Entente.Application;

/// <summary>
/// Advice as <c>{ scenario, model, actor, objective, issues, seed, trials, search, budget, candidates, runs, overTypes,
/// noise { position, salience, capability, belief, credibility }, caveat, baseObjective, exact, levers: [ { rank, kind, description, effect { mean, low, high }, helpsShare,
/// hurtsShare, trials, cost { audience, conceded, reputation, conflict }, shifts, step, unit, perUnit, narrative, interaction } ],
/// pairs: [ the same, for pairs of the best levers, with interaction ], coordinates, combinationsEvaluated,
/// combinations: [ the same, for combined levers (--search coordinate or combinations), the search's answer first ],
/// workOn: [ { rank, description, perUnit, unit } ] (persuasion levers that help: per point, then per unit of salience, each by effect per unit of shift), warnings }</c>; names never change.
/// </summary>
internal static class AdviceDocument
{
    public static string Json(string scenario, AdviceResult result) => JsonSerializer.Serialize(new
    {
        scenario,
        model = result.Model,
        actor = result.Settings.Actor,
        objective = AdviceObjectives.NameOf(result.Settings.Objective),
        issues = result.Issues.Select((id, k) => new { id, ideal = result.Ideals[k] }),
        seed = result.Settings.Seed,
        trials = result.Settings.Trials,
        search = AdviceSearches.NameOf(result.Settings.Search),
        budget = result.Settings.Budget,
        candidates = result.Candidates,
        runs = result.Runs,
        overTypes = result.OverTypes,
        noise = new { position = result.Noise.Position, salience = result.Noise.Salience, capability = result.Noise.Capability, belief = result.Noise.Belief, credibility = result.Noise.Credibility },
        caveat = AdviceResult.Caveat,
        baseObjective = result.BaseObjective,
        exact = result.Exact.Count == 0 ? null : result.Exact.Select(e => new { issue = e.Issue, actor = e.Actor, position = e.Position, salience = e.Salience, label = "exact" }),
        levers = result.Levers.Select(Lever),
        pairs = result.Pairs.Select(Lever),
        coordinates = result.Coordinates,
        combinationsEvaluated = result.CombinationsEvaluated,
        combinations = result.Combinations.Select(Lever),
        workOn = result.Levers.Where(l => l.PerUnit > 0).OrderBy(l => l.Unit, StringComparer.Ordinal).ThenByDescending(l => l.PerUnit).ThenBy(l => l.Rank)
            .Select(l => new { rank = l.Rank, description = l.Description, perUnit = l.PerUnit, unit = l.Unit }),
        warnings = result.Warnings,
    }, DocumentJson.Options);

    // One lever (or pair: interaction is set only for a pair).
    private static object Lever(RankedLever l) => new
    {
            rank = l.Rank,
            kind = LeverFamilies.NameOf(l.Kind),
            description = l.Description,
            effect = new { mean = l.Effect.Mean, low = l.Effect.Low, high = l.Effect.High },
            helpsShare = l.HelpsShare,
            hurtsShare = l.HurtsShare,
            trials = l.Trials,
            cost = new { audience = l.Cost.Audience, conceded = l.Cost.Conceded, reputation = l.Cost.Reputation, conflict = l.Cost.Conflict },
            shifts = l.Shifts.Select(s => new { issue = s.Issue, mean = s.Mean }),
            step = l.Step,
            unit = l.Unit,
            perUnit = l.PerUnit,
            narrative = l.Narrative,
            interaction = l.Interaction,
    };
}
