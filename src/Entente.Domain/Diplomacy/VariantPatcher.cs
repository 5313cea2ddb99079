namespace Entente.Domain.Diplomacy;

/// <summary>Applies a variant's patches to a scenario, giving the counterfactual scenario.</summary>
public static class VariantPatcher
{
    /// <summary>
    /// The scenario of variant <paramref name="name"/>: the base with the variant's patches applied in
    /// order and no variants of its own. Throws <see cref="ArgumentException"/> for an unknown name;
    /// patches naming nothing are reported by validation and skipped here.
    /// </summary>
    public static Scenario Apply(Scenario scenario, string name)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var variant = scenario.Variants.FirstOrDefault(v => v.Name == name)
            ?? throw new ArgumentException(
                $"unknown variant '{name}'{Hint(name, scenario)}; the scenario's variants are: {string.Join(", ", scenario.Variants.Select(v => v.Name))}",
                nameof(name));
        var patched = scenario with { Variants = ValueList<Variant>.Empty, Name = $"{scenario.Name} [{variant.Name}]" };
        foreach (var patch in variant.Patches)
        {
            patched = Apply(patched, patch);
        }
        // A layer mapped from the version-1 sections is stale once they are patched: the model maps them again.
        return patched.Strategic is { FromVersion1: true } ? patched with { Strategic = null } : patched;
    }

    /// <summary>
    /// The scenario with one patch applied: to the version-1 sections and, for a version-2 layer read from the
    /// file, to the layer's signals and negotiations (see <see cref="LayerPatcher"/>).
    /// </summary>
    public static Scenario Apply(Scenario s, VariantPatch patch)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(patch);
        var patched = ApplyToSections(s, patch);
        return patched.Strategic is { FromVersion1: false } layer ? patched with { Strategic = LayerPatcher.Apply(layer, patch) } : patched;
    }

    private static Scenario ApplyToSections(Scenario s, VariantPatch patch) => patch.Kind switch
    {
        PatchKind.DropSignal => s with { Signals = new(s.Signals.Where(x => x.Id != patch.Target)) },
        PatchKind.SetChannel => s with
        {
            Signals = new(s.Signals.Select(x => x.Id != patch.Target ? x : x with
            {
                Channel = patch.Channel ?? x.Channel,
                Recipients = patch.Channel == Channel.Private ? patch.Recipients : ValueList<string>.Empty,
            })),
        },
        PatchKind.AddSignal when patch.Signal is { } signal => s with { Signals = s.Signals.Add(signal) },
        PatchKind.DropCommitment => s with { Commitments = new(s.Commitments.Where(x => x.Id != patch.Target)) },
        PatchKind.AddCommitment when patch.Commitment is { } commitment => s with { Commitments = s.Commitments.Add(commitment) },
        PatchKind.DropEvent => s with { Timeline = new(s.Timeline.Where(x => x.Id != patch.Target)) },
        PatchKind.AddEvent when patch.Event is { } added => s with { Timeline = s.Timeline.Add(added) },
        PatchKind.UnifyFactions => s with
        {
            Actors = new(s.Actors.Select(a => a.Id != patch.Target ? a : a with { Factions = Unified(s, a) })),
        },
        PatchKind.DropPerceptions => s with { Perceptions = new(s.Perceptions.Where(p => p.Observer != patch.Target)) },
        _ => s,
    };

    // Every faction takes the actor's weighted-mean position, so the actor's position is unchanged and its unity is 1.
    private static ValueList<Faction> Unified(Scenario s, Actor actor)
    {
        var issues = actor.Factions.SelectMany(f => f.Positions.Select(p => p.Issue)).Distinct().ToArray();
        var means = issues.ToDictionary(i => i, i => FactionMath.MeanPosition(s, actor, i) ?? 0);
        return new(actor.Factions.Select(f => f with
        {
            Positions = new(f.Positions.Select(p => p with { Position = means[p.Issue] })),
        }));
    }

    private static string Hint(string name, Scenario scenario) =>
        Spelling.Nearest(name, scenario.Variants.Select(v => v.Name)) is { } best ? $" (did you mean '{best}'?)" : "";
}
