using System.Collections.Immutable;

namespace Entente.Models.Diplomacy.StageGame;

/// <summary>
/// The binary signalling stage game through which every signal is read (specification §5): sender types
/// choose to claim or stay silent, receiver types respond favourably or not by comparing the claim's
/// credibility with their thresholds, and the sender follows through with probability φ.
/// </summary>
public sealed record SignallingGame
{
    /// <summary>A game; priors and weights are normalised, and every problem with the inputs is reported at once.</summary>
    public SignallingGame(IReadOnlyList<SenderType> senders, IReadOnlyList<ReceiverType> receivers)
    {
        ArgumentNullException.ThrowIfNull(senders);
        ArgumentNullException.ThrowIfNull(receivers);
        var problems = Problems(senders, receivers);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems));
        }
        Senders = [.. senders];
        Receivers = [.. receivers];
    }

    /// <summary>The sender types, in the order their strategies are reported.</summary>
    public ImmutableArray<SenderType> Senders { get; }

    /// <summary>The receiver types.</summary>
    public ImmutableArray<ReceiverType> Receivers { get; }

    /// <summary>Every problem with a game's inputs, naming the type and the field; empty if it can be solved.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<SenderType> senders, IReadOnlyList<ReceiverType> receivers)
    {
        ArgumentNullException.ThrowIfNull(senders);
        ArgumentNullException.ThrowIfNull(receivers);
        var problems = new List<string>();
        if (senders.Count == 0)
        {
            problems.Add("senders: at least one sender type is needed");
        }
        if (receivers.Count == 0)
        {
            problems.Add("receivers: at least one receiver type is needed");
        }
        var prior = 0.0;
        for (var t = 0; t < senders.Count; t++)
        {
            var s = senders[t];
            if (!(s.Prior >= 0) || !double.IsFinite(s.Prior))
            {
                problems.Add($"senders[{t}].prior: {s.Prior} is not a finite non-negative number");
            }
            else
            {
                prior += s.Prior;
            }
            // Checked field by field (no list of names and values per type: every stage game of a run comes through here).
            Payoff(problems, t, "payoff[0][0]", s.SilentUnfavourable);
            Payoff(problems, t, "payoff[0][1]", s.SilentFavourable);
            Payoff(problems, t, "payoff[1][0]", s.ClaimUnfavourable);
            Payoff(problems, t, "payoff[1][1]", s.ClaimFavourable);
            FollowThrough(problems, t, "followThrough[0]", s.FollowThroughSilent);
            FollowThrough(problems, t, "followThrough[1]", s.FollowThroughClaim);
        }
        if (senders.Count > 0 && !(prior > 0))
        {
            problems.Add("senders: the priors must not all be zero");
        }
        else if (double.IsInfinity(prior))
        {
            problems.Add("senders: the priors are too large to add up (their sum overflows)");
        }
        var weight = 0.0;
        for (var u = 0; u < receivers.Count; u++)
        {
            var r = receivers[u];
            if (!(r.Weight >= 0) || !double.IsFinite(r.Weight))
            {
                problems.Add($"receivers[{u}].weight: {r.Weight} is not a finite non-negative number");
            }
            else
            {
                weight += r.Weight;
            }
            if (double.IsNaN(r.Threshold))
            {
                problems.Add($"receivers[{u}].threshold: not a number");
            }
        }
        if (receivers.Count > 0 && !(weight > 0))
        {
            problems.Add("receivers: the weights must not all be zero");
        }
        else if (double.IsInfinity(weight))
        {
            problems.Add("receivers: the weights are too large to add up (their sum overflows)");
        }
        return problems;
    }

    private static void Payoff(List<string> problems, int t, string name, double value)
    {
        if (!double.IsFinite(value))
        {
            problems.Add($"senders[{t}].{name}: {value} is not a finite number");
        }
    }

    private static void FollowThrough(List<string> problems, int t, string name, double value)
    {
        if (!(value is >= 0 and <= 1))
        {
            problems.Add($"senders[{t}].{name}: {value} is not a probability in [0, 1]");
        }
    }
}
