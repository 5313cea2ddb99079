using System.Globalization;
using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Claims;

namespace Entente.Simulation.Advice;

/// <summary>
/// Generates the candidate levers of one actor from the scenario, family by family, in a fixed order (so that ties
/// and the search's screening are reproducible).
/// </summary>
internal sealed class LeverGenerator
{
    // Own position moves as shares of the issue's range; salience as factors; persuasion one tenth of the range.
    private static readonly double[] PositionSteps = [-0.25, -0.1, 0.1, 0.25];
    private static readonly double[] SalienceFactors = [0.5, 0.75, 1.25, 1.5];
    private const double PersuasionStep = 0.1;
    private static readonly Channel[] SingleChannels = [Channel.Private, Channel.Leak, Channel.Public];

    private readonly Scenario _scenario;
    private readonly string _actor;
    private readonly IReadOnlyList<string> _issues;
    private readonly IReadOnlyList<double> _ideals;
    private readonly IReadOnlyDictionary<string, double> _forecasts;
    private readonly int _rounds;

    /// <param name="scenario">The base scenario.</param>
    /// <param name="actor">The advised actor.</param>
    /// <param name="issues">The issues the levers work on.</param>
    /// <param name="ideals">The actor's ideal on each.</param>
    /// <param name="forecasts">The nominal base forecast of every issue.</param>
    /// <param name="rounds">The rounds a signal may be moved to.</param>
    public LeverGenerator(Scenario scenario, string actor, IReadOnlyList<string> issues, IReadOnlyList<double> ideals,
        IReadOnlyDictionary<string, double> forecasts, int rounds)
    {
        _scenario = scenario;
        _actor = actor;
        _issues = issues;
        _ideals = ideals;
        _forecasts = forecasts;
        _rounds = rounds;
    }

    /// <summary>The candidates of the chosen families, in family order.</summary>
    public IReadOnlyList<Lever> Generate(IReadOnlyCollection<LeverFamily> families)
    {
        var levers = new List<Lever>();
        foreach (var family in LeverFamilies.All.Where(families.Contains))
        {
            levers.AddRange(family switch
            {
                LeverFamily.Position => Positions(),
                LeverFamily.Salience => Saliences(),
                LeverFamily.Signal => Drops(),
                LeverFamily.Channel => ChannelMoves(),
                LeverFamily.Timing => Timings(),
                LeverFamily.Commitment => Commitments(),
                _ => Persuasion(),
            });
        }
        // Each lever as an edit, applied to the base here (and to another lever's variant when pairs are searched).
        return [.. levers.Select(l => l with { Variant = l.Edit(_scenario) })];
    }

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private Stance? StanceOf(string actor, string issue) => _scenario.Stances.FirstOrDefault(s => s.ActorId == actor && s.IssueId == issue);

    private IEnumerable<Lever> Positions()
    {
        foreach (var issue in _issues)
        {
            if (StanceOf(_actor, issue) is not { } stance || _scenario.FindIssue(issue) is not { } definition)
            {
                continue;
            }
            var (min, max) = (definition.Scale.Min, definition.Scale.Max);
            var forecast = _forecasts.GetValueOrDefault(issue, stance.Position);
            var seen = new HashSet<double> { stance.Position };
            foreach (var step in PositionSteps)
            {
                // A step past the scale's end lands on it: once.
                var to = Math.Clamp(stance.Position + step * (max - min), min, max);
                if (!seen.Add(to))
                {
                    continue;
                }
                yield return new Lever
                {
                    Kind = LeverFamily.Position,
                    Description = $"state {N(to)} on {issue} (from {N(stance.Position)})",
                    Target = $"stance/{_actor}/{issue}/position",
                    Edit = b => ScenarioEdits.Stance(b, _actor, issue, s => s with { Position = to }),
                    Conceded = Math.Max(0, Math.Abs(stance.Position - forecast) - Math.Abs(to - forecast)),
                    Step = to - stance.Position,
                    Unit = "point",
                };
            }
        }
    }

    private IEnumerable<Lever> Saliences()
    {
        var ceiling = _scenario.SalienceCeiling;
        foreach (var issue in _issues)
        {
            if (StanceOf(_actor, issue) is not { } stance)
            {
                continue;
            }
            var seen = new HashSet<double> { stance.Salience };
            foreach (var factor in SalienceFactors)
            {
                var to = Math.Clamp(stance.Salience * factor, 0.01 * ceiling, ceiling);
                if (!seen.Add(to))
                {
                    continue;
                }
                yield return new Lever
                {
                    Kind = LeverFamily.Salience,
                    Description = $"{(to > stance.Salience ? "care more" : "care less")} about {issue}: salience {N(to)} (from {N(stance.Salience)})",
                    Target = $"stance/{_actor}/{issue}/salience",
                    Edit = b => ScenarioEdits.Stance(b, _actor, issue, s => s with { Salience = to }),
                    Step = to - stance.Salience,
                    Unit = "salience",
                };
            }
        }
    }

    private IEnumerable<Claim> OwnSignals() => _scenario.Strategic?.Signals.Where(c => c.Senders.Contains(_actor)) ?? [];

    private double AudienceStake(Channel channel)
    {
        var layer = _scenario.Strategic;
        if (layer is null)
        {
            return 0.0;
        }
        var capacity = layer.Actors.FirstOrDefault(a => a.Actor == _actor)?.AudienceCapacity ?? layer.Parameters.AudienceCapacity;
        return new ChannelCosts(layer.Parameters).Audience(channel) * capacity;
    }

    private static string Name(Channel channel) => Channels.NameOf(channel);

    private IEnumerable<Lever> Drops() => OwnSignals().Select(claim => new Lever
    {
        Kind = LeverFamily.Signal,
        Description = $"drop '{claim.Id}' ({claim.Kind.ToString().ToLowerInvariant()}, {Name(claim.Channel)})",
        Target = $"signal/{claim.Id}",
        Edit = b => ScenarioEdits.Signal(b, claim.Id, _ => null),
        Audience = -AudienceStake(claim.Channel),
    });

    private IEnumerable<Lever> ChannelMoves()
    {
        foreach (var claim in OwnSignals())
        {
            foreach (var channel in SingleChannels.Where(c => c != claim.Channel))
            {
                yield return new Lever
                {
                    Kind = LeverFamily.Channel,
                    Description = $"send '{claim.Id}' {Name(channel)} (not {Name(claim.Channel)})",
                    Target = $"signal/{claim.Id}",
                    Edit = b => ScenarioEdits.Signal(b, claim.Id, c => c with
                    {
                        Channel = channel,
                        Senders = [_actor],
                        Cc = channel == Channel.Private ? c.Cc : ValueList<string>.Empty,
                    }),
                    Audience = AudienceStake(channel) - AudienceStake(claim.Channel),
                };
            }
            if (claim.Channel != Channel.Joint && Partner(claim) is { } partner)
            {
                yield return new Lever
                {
                    Kind = LeverFamily.Channel,
                    Description = $"send '{claim.Id}' jointly with {partner} (not {Name(claim.Channel)})",
                    Target = $"signal/{claim.Id}",
                    Edit = b => ScenarioEdits.Signal(b, claim.Id, c => c with { Channel = Channel.Joint, Senders = [_actor, partner], Cc = ValueList<string>.Empty }),
                    Audience = AudienceStake(Channel.Joint) - AudienceStake(claim.Channel),
                };
            }
        }
    }

    // The co-sender nearest the actor on the claim's own issue: the partner most likely to say the same.
    private string? Partner(Claim claim)
    {
        var issue = claim.Ask?.Issue ?? claim.Issue ?? claim.Action?.Issue;
        if (issue is null || StanceOf(_actor, issue) is not { } own)
        {
            return null;
        }
        return _scenario.Stances
            .Where(s => s.IssueId == issue && s.ActorId != _actor && s.ActorId != claim.To && !claim.Cc.Contains(s.ActorId))
            .OrderBy(s => Math.Abs(s.Position - own.Position)).ThenBy(s => s.ActorId, StringComparer.Ordinal)
            .FirstOrDefault()?.ActorId;
    }

    private IEnumerable<Lever> Timings()
    {
        foreach (var claim in OwnSignals())
        {
            foreach (var round in Enumerable.Range(1, _rounds))
            {
                // (foreach, not for: the edit runs later, and must see this iteration's round, not the loop's last.)
                if (round == claim.Round)
                {
                    continue;
                }
                yield return new Lever
                {
                    Kind = LeverFamily.Timing,
                    Description = $"send '{claim.Id}' in round {round} (not {claim.Round})",
                    Target = $"signal/{claim.Id}",
                    Edit = b => ScenarioEdits.Signal(b, claim.Id, c => c with { Round = round, Expires = c.Expires is { } e && e < round ? round : c.Expires }),
                };
            }
        }
    }

    private IEnumerable<Lever> Commitments()
    {
        var layer = _scenario.Strategic;
        if (layer is null)
        {
            yield break;
        }
        // A credit or a promise rewards on an issue the actor decides itself; without one it can only take a stand.
        var rewards = layer.Issues.Where(u => u.DecidedBy == _actor).Select(u => u.Issue).ToArray();
        for (var k = 0; k < _issues.Count; k++)
        {
            var issue = _issues[k];
            var ideal = _ideals[k];
            foreach (var lever in StandsOrContests(issue, ideal))
            {
                yield return lever;
            }
            if (Target(issue, ideal) is not { } other)
            {
                continue;
            }
            // The reward the other cares most about among the issues the actor decides.
            var offer = rewards.Where(r => r != issue)
                .Select(r => (Issue: r, Wanted: StanceOf(other.ActorId, r), Held: StanceOf(_actor, r)))
                .Where(o => o.Wanted is not null && o.Held is not null && o.Wanted.Position != o.Held.Position)
                .OrderByDescending(o => o.Wanted!.Salience).ThenBy(o => o.Issue, StringComparer.Ordinal)
                .FirstOrDefault();
            if (offer.Issue is not { } reward)
            {
                continue;
            }
            var (wanted, held) = (offer.Wanted!, offer.Held!);
            foreach (var channel in (Channel[])[Channel.Private, Channel.Public])
            {
                yield return Lever(LeverFamily.Commitment,
                    $"credit {other.ActorId} {Name(channel)}ly on {issue}, {reward} to {N(wanted.Position)}", channel, new Claim
                    {
                        Id = $"advise_credit_{other.ActorId}_{issue}_{Name(channel)}",
                        Senders = [_actor],
                        To = other.ActorId,
                        Channel = channel,
                        Kind = ClaimKind.Credit,
                        Issue = issue,
                        Action = new ClaimAction { Issue = reward, To = wanted.Position },
                    });
                foreach (var t in (double[])[0.5, 1.0])
                {
                    var level = other.Position + t * (ideal - other.Position);
                    var up = ideal > other.Position;
                    // Graduated: the reward grows from nothing at the other's position to all at the level asked.
                    SchedulePoint[] schedule = up
                        ? [new(other.Position, held.Position), new(level, wanted.Position)]
                        : [new(level, wanted.Position), new(other.Position, held.Position)];
                    yield return Lever(LeverFamily.Commitment,
                        $"promise {other.ActorId} {Name(channel)}ly: {reward} toward {N(wanted.Position)} as {issue} nears {N(level)}", channel, new Claim
                        {
                            Id = $"advise_promise_{other.ActorId}_{issue}_{N(t * 100)}_{Name(channel)}",
                            Senders = [_actor],
                            To = other.ActorId,
                            Channel = channel,
                            Kind = ClaimKind.Promise,
                            Ask = new Bound(issue, up ? BoundDirection.AtLeast : BoundDirection.AtMost, level),
                            Action = new ClaimAction { Issue = reward, Schedule = [.. schedule] },
                        });
                }
            }
        }
    }

    // A stand holds the actor's own position, and the engine tests it only when the actor's own move would cross its
    // level. On an issue another actor decides, the actor's position is only its demand: it never moves across, so a
    // stand there would never be tested, yet the decider weighs it as a threat of contest (its best response counts
    // every commitment whose ask is addressed to it). Such a stand would threaten war at no risk to the actor. There the
    // template is what the stand means: a threat of contest addressed to the decider, tested whenever the decider
    // goes past the level, so that the actor must then contest (its conflict cost) or back down (its audience cost).
    private IEnumerable<Lever> StandsOrContests(string issue, double ideal)
    {
        var decider = _scenario.Strategic!.Issues.FirstOrDefault(u => u.Issue == issue)?.DecidedBy;
        foreach (var channel in (Channel[])[Channel.Private, Channel.Public])
        {
            if (decider is not null && decider != _actor && StanceOf(decider, issue) is { } decided)
            {
                var beyond = LeverSearch.Ideal(_scenario, decider, issue) > ideal ? BoundDirection.AtMost : BoundDirection.AtLeast;
                yield return Lever(LeverFamily.Commitment,
                    $"threaten {decider} {Name(channel)}ly with a contest if {issue} goes {(beyond == BoundDirection.AtMost ? "above" : "below")} {N(ideal)}",
                    channel, new Claim
                    {
                        Id = $"advise_contest_{decided.ActorId}_{issue}_{Name(channel)}",
                        Senders = [_actor],
                        To = decider,
                        Channel = channel,
                        Kind = ClaimKind.Threat,
                        Ask = new Bound(issue, beyond, ideal),
                        Action = new ClaimAction { Contest = true },
                    });
                continue;
            }
            yield return Lever(LeverFamily.Commitment, $"take a {Name(channel)} stand at {N(ideal)} on {issue}", channel, new Claim
            {
                Id = $"advise_stand_{issue}_{Name(channel)}",
                Senders = [_actor],
                Channel = channel,
                Kind = ClaimKind.Stand,
                Issue = issue,
                Level = ideal,
            });
        }
    }

    // Whom a credit or a promise on an issue addresses: the actor that decides it, else the opponent with the most
    // weight against the ideal (capability × salience × distance); nobody when the actor decides it itself.
    private Stance? Target(string issue, double ideal)
    {
        var deciders = _scenario.Strategic!.Issues.Where(u => u.Issue == issue).Select(u => u.DecidedBy).ToHashSet(StringComparer.Ordinal);
        if (deciders.Contains(_actor))
        {
            return null;
        }
        double Weight(Stance s) => (s.Capability ?? _scenario.FindActor(s.ActorId)?.Capability ?? 0) * s.Salience * Math.Abs(s.Position - ideal);
        return _scenario.Stances
            .Where(s => s.IssueId == issue && s.ActorId != _actor && s.Position != ideal && (deciders.Count == 0 || deciders.Contains(s.ActorId)))
            .OrderByDescending(Weight).ThenBy(s => s.ActorId, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private Lever Lever(LeverFamily kind, string description, Channel channel, Claim claim) => new()
    {
        Kind = kind,
        Description = description,
        Target = $"commitment/{claim.Ask?.Issue ?? claim.Issue}",
        Edit = b => ScenarioEdits.Add(b, claim),
        Audience = AudienceStake(channel),
    };

    private IEnumerable<Lever> Persuasion()
    {
        var ceiling = _scenario.SalienceCeiling;
        for (var k = 0; k < _issues.Count; k++)
        {
            var issue = _issues[k];
            var ideal = _ideals[k];
            if (_scenario.FindIssue(issue) is not { } definition)
            {
                continue;
            }
            var forecast = _forecasts.GetValueOrDefault(issue, ideal);
            var range = definition.Scale.Max - definition.Scale.Min;
            foreach (var other in _scenario.Stances.Where(s => s.IssueId == issue && s.ActorId != _actor))
            {
                var shift = Math.Min(PersuasionStep * range, Math.Abs(ideal - other.Position));
                if (shift > 0)
                {
                    var to = other.Position + Math.Sign(ideal - other.Position) * shift;
                    yield return new Lever
                    {
                        Kind = LeverFamily.Persuasion,
                        Description = $"work on {other.ActorId}: {issue} {N(other.Position)} to {N(to)}",
                        Target = $"stance/{other.ActorId}/{issue}/position",
                        Edit = b => ScenarioEdits.Stance(b, other.ActorId, issue, s => s with { Position = to }),
                        Step = to - other.Position,
                        Unit = "point",
                    };
                }
                // An ally (whose own ideal is nearer the advisor's than the forecast is) should care more; an opponent less.
                var ally = Math.Abs(LeverSearch.Ideal(_scenario, other.ActorId, issue) - ideal) < Math.Abs(forecast - ideal);
                var salience = Math.Clamp(other.Salience + (ally ? 1 : -1) * PersuasionStep * ceiling, 0.01 * ceiling, ceiling);
                if (salience != other.Salience)
                {
                    yield return new Lever
                    {
                        Kind = LeverFamily.Persuasion,
                        Description = $"work on {other.ActorId}: salience of {issue} {N(other.Salience)} to {N(salience)}",
                        Target = $"stance/{other.ActorId}/{issue}/salience",
                        Edit = b => ScenarioEdits.Stance(b, other.ActorId, issue, s => s with { Salience = salience }),
                        Step = salience - other.Salience,
                        Unit = "salience",
                    };
                }
            }
        }
    }
}
