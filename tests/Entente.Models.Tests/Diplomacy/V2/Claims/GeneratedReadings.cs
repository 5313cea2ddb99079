using System.Collections.Immutable;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.Claims;
using Entente.Models.Diplomacy.Engine;
using EngineCases = Entente.Models.Tests.Diplomacy.V2.Engine.Cases;

namespace Entente.Models.Tests.Diplomacy.V2.Claims;

/// <summary>
/// Readings of a threat or a promise (copied to a bystander) by every member of its audience, over beliefs drawn at
/// random: each member holds the prior's points with other weights, another member's very grids, grids on other points,
/// or knows the sender's type. For checking fast paths of the reading against the plain computation.
/// </summary>
internal static class GeneratedReadings
{
    public static IEnumerable<(ClaimReading Reading, LayerCast Cast, LayerState State, ResolvedClaim Claim)> Of(ClaimKind kind, int trials, int seed)
    {
        var claim = kind == ClaimKind.Promise ? EngineCases.Promise("p", Channel.Public, cc: ["T"]) : EngineCases.Threat("t", Channel.Public) with { Cc = new(["T"]) };
        var scenario = EngineCases.Trio(claim);
        var cast = new LayerCast(scenario, scenario.Strategic!);
        var types = TypeSpace.Build(cast, StrategicEngine.UncertainDimensions(cast), null);
        var random = new Random(seed);
        for (var trial = 0; trial < trials; trial++)
        {
            var book = BeliefBook.Initial(cast, types);
            var state = new LayerState { Positions = cast.Start, Resolve = new double[cast.ActorCount, cast.IssueCount], Beliefs = book };
            var resolved = ResolvedClaim.Resolve(cast, claim, cast.Start);
            var s = resolved.Speaker;
            var dims = ClaimReading.SenderDimensionsOf(resolved);
            TypeGrid[]? previous = null;
            foreach (var h in resolved.Audience.Where(h => h != s && h != resolved.Sender))
            {
                var choice = random.Next(4);
                for (var i = 0; i < dims.Length; i++)
                {
                    var prior = book[h, s, dims[i]];
                    var grid = choice switch
                    {
                        0 => prior.WithWeights(Weights(random, prior.Count)),
                        1 when previous is not null => previous[i],
                        2 => TypeGrid.Of([0.1, 0.3 + random.NextDouble() * 0.2, 0.9], [.. Weights(random, 3)]),
                        3 => TypeGrid.Point(random.Next(2) == 0 ? 0.0 : 1.0),
                        _ => prior,
                    };
                    book.Set(h, s, dims[i], grid);
                }
                previous = [.. dims.Select(k => book[h, s, k])];
            }
            foreach (var observer in resolved.Audience)
            {
                yield return (new ClaimReading(cast, state, types, resolved, observer), cast, state, resolved);
            }
        }
    }

    private static ImmutableArray<double> Weights(Random random, int count) =>
        Probability.Normalise([.. Enumerable.Range(0, count).Select(_ => 0.05 + random.NextDouble())]);
}
