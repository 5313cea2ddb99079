using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.Engine;
using Entente.Models.Diplomacy.Randomness;
using static Entente.Models.Tests.Diplomacy.V2.Factions.CompositeCases;

namespace Entente.Models.Tests.Diplomacy.V2.Factions;

/// <summary>
/// Composite actors (§2.1, §11.3): factions hold types and (when declared observers) beliefs of their own; the base
/// model sees one actor at the factions' weighted mean position with salience Σ w_f r_f.
/// </summary>
public sealed class CompositeActorTests
{
    private static readonly ISet<(int, int)> Nothing = new HashSet<(int, int)>();

    [Fact]
    public void Factions_are_agents_after_the_actors_with_their_weights_normalised()
    {
        var cast = new LayerCast(Trio(), Trio().Strategic!);

        Assert.Equal(["S", "R", "T", "S.Hawk", "S.Dove", "S.Centre"], cast.Agents);
        Assert.Equal([3, 4, 5], cast.FactionsOf[0]);
        Assert.Equal([0, 0, 0], cast.Owner[3..]);
        Near.Equal([0.45, 0.35, 0.20], cast.Share[3..]);
        // Observers: every actor, and the one faction declared an observer.
        Assert.Equal([0, 1, 2, 4], cast.Observers);
        // The largest faction speaks for the composite when it sends as a whole.
        Assert.Equal(3, cast.Voice(0));
        Assert.Equal(1, cast.Voice(1));
    }

    [Fact]
    public void A_composite_starts_at_its_factions_weighted_mean_and_each_faction_keeps_its_ideal()
    {
        var cast = new LayerCast(Trio(), Trio().Strategic!);

        Near.Equal(75, cast.Start[0, 0]);
        Near.Equal(75, cast.Ideal[0, 0]);
        Near.Equal([100, 40, 80], [cast.Ideal[3, 0], cast.Ideal[4, 0], cast.Ideal[5, 0]]);
        // The base model's first round has S there.
        var run = V2.Engine.Cases.Run(Trio());
        Near.Equal(75, run.Issues.Single(i => i.IssueId == "trade").Rounds[0].Positions["S"]);
    }

    [Fact]
    public void A_composites_base_salience_is_the_weighted_mean_of_its_factions_true_resolves()
    {
        var scenario = Trio().WithTypes(
            R("S.Hawk", "trade", [0.2, 0.9], [1, 1], 0.9), R("S.Dove", "trade", [0.2, 0.9], [1, 1], 0.2), R("S.Centre", "trade", [0.2, 0.9], [1, 1], 0.9));
        var cast = new LayerCast(scenario, scenario.Strategic!);
        var types = TypeSpace.Build(cast, Nothing, null);

        Near.Equal(0.45 * 0.9 + 0.35 * 0.2 + 0.20 * 0.9, types.TrueValue(0, LayerCast.ResolveOn(0)));
        // The input round's weighted mean weighs S (c = 1, at 75) by 0.655, not by its stance's 0.6.
        var run = V2.Engine.Cases.Run(scenario);
        var s = 0.655;
        Near.Equal((s * 75 + 0.6 * 0.6 * 10) / (s + 0.8 * 0.9 + 0.6 * 0.6), run.Issues.Single(i => i.IssueId == "trade").Rounds[0].WeightedMean);
    }

    [Fact]
    public void Each_faction_draws_its_type_on_its_own_named_stream()
    {
        var scenario = Trio().WithTypes(Q("S.Hawk", [0, 0.5, 1], [1, 1, 1]), Q("S.Dove", [0, 0.5, 1], [1, 1, 1]));
        var cast = new LayerCast(scenario, scenario.Strategic!);

        var types = TypeSpace.Build(cast, Nothing, (7, 3));

        double[] thirds = [1.0 / 3, 1.0 / 3, 1.0 / 3];
        Assert.Equal(NamedStreams.DrawIndex(thirds, NamedStreams.Uniform(7, 3, "type/S.Hawk/q")), types.Truth[3, LayerCast.Reciprocity]);
        Assert.Equal(NamedStreams.DrawIndex(thirds, NamedStreams.Uniform(7, 3, "type/S.Dove/q")), types.Truth[4, LayerCast.Reciprocity]);
    }

    [Fact]
    public void A_type_declared_for_the_composite_is_each_factions_unless_the_faction_declares_its_own()
    {
        var scenario = Trio().WithTypes(Q("S", [0, 1], [3, 1]), Q("S.Dove", [0, 0.5, 1], [1, 2, 1]));
        var cast = new LayerCast(scenario, scenario.Strategic!);
        var types = TypeSpace.Build(cast, Nothing, null);

        Near.Equal([0.75, 0.25], types.Prior[3, LayerCast.Reciprocity].Weights);
        Near.Equal([0.25, 0.5, 0.25], types.Prior[4, LayerCast.Reciprocity].Weights);
        Near.Equal([0.75, 0.25], types.Prior[5, LayerCast.Reciprocity].Weights);
    }

    [Fact]
    public void A_belief_about_a_composite_is_the_distribution_of_its_factions_weighted_mean()
    {
        // Hawk r ∈ {0.2, 0.8} (½, ½), Dove r ∈ {0.4} , Centre r ∈ {0.5, 1} (¼, ¾): ŝ = 0.45·0.5 + 0.35·0.4 + 0.2·0.875 = 0.54.
        var scenario = Trio().WithTypes(
            R("S.Hawk", "trade", [0.2, 0.8], [1, 1]), R("S.Dove", "trade", [0.4], [1]), R("S.Centre", "trade", [0.5, 1], [1, 3]));
        var cast = new LayerCast(scenario, scenario.Strategic!);
        var book = BeliefBook.Initial(cast, TypeSpace.Build(cast, Nothing, null));
        var dim = LayerCast.ResolveOn(0);

        var composite = book[1, 0, dim];

        Near.Equal(0.54, book.Expected(1, 0, dim));
        Near.Equal(0.54, composite.Mean);
        Near.Equal([0.45 * 0.2 + 0.14 + 0.1, 0.45 * 0.2 + 0.14 + 0.2, 0.45 * 0.8 + 0.14 + 0.1, 0.45 * 0.8 + 0.14 + 0.2], composite.Points);
        Near.Equal([0.125, 0.375, 0.125, 0.375], composite.Weights);
        Assert.Throws<InvalidOperationException>(() => book.Set(1, 0, dim, composite));
    }

    [Fact]
    public void Learning_about_a_composite_updates_its_factions_exactly_on_their_joint_grid()
    {
        // A firm stand (likelihood r = Σ w_f r_f) read by R: brute force over the four joint types of Hawk and Centre.
        var scenario = Trio().WithTypes(
            R("S.Hawk", "trade", [0.2, 0.8], [1, 1]), R("S.Dove", "trade", [0.4], [1]), R("S.Centre", "trade", [0.5, 1], [1, 3]));
        var cast = new LayerCast(scenario, scenario.Strategic!);
        var book = BeliefBook.Initial(cast, TypeSpace.Build(cast, Nothing, null));
        var dim = LayerCast.ResolveOn(0);

        Assert.True(book.Update(1, 0, [dim], r => r[0]));

        double[] hawk = [0.2, 0.8], centre = [0.5, 1];
        double[] hawkPrior = [0.5, 0.5], centrePrior = [0.25, 0.75];
        var joint = new double[2, 2];
        for (var a = 0; a < 2; a++)
        {
            for (var b = 0; b < 2; b++)
            {
                joint[a, b] = hawkPrior[a] * centrePrior[b] * (0.45 * hawk[a] + 0.35 * 0.4 + 0.2 * centre[b]);
            }
        }
        var total = joint.Cast<double>().Sum();
        Near.Equal([(joint[0, 0] + joint[0, 1]) / total, (joint[1, 0] + joint[1, 1]) / total], book[1, 3, dim].Weights);
        Near.Equal([(joint[0, 0] + joint[1, 0]) / total, (joint[0, 1] + joint[1, 1]) / total], book[1, 5, dim].Weights);
        // Other observers' beliefs are theirs.
        Near.Equal(hawkPrior, book[2, 3, dim].Weights);
    }
}
