using Entente.Models.Diplomacy.Escalation;
using Entente.Models.Diplomacy.Randomness;
using Entente.Models.Diplomacy.Summaries;

namespace Entente.Models.Tests.Diplomacy.V2.Escalation;

/// <summary>
/// W13: A (x = 0) vs B (x = 100), third party C at 40 (c = 0.5, ŝ = 0.5); c_A = c_B = 1; ideals =
/// positions; settlement 50; κ = 0.05; r_A, r_B ∈ {0.4, 0.7, 1.0} uniform, drawn on streams
/// <c>type/A/r/d</c>, <c>type/B/r/d</c>; B believes A is weak ((0.6, 0.3, 0.1), mean 0.55), A likewise
/// about B. One issue, so amendment A1's per-issue gain is the summed one.
/// </summary>
public sealed class EscalationTests
{
    private const ulong Seed = 7;
    private const int Trials = 2000;
    private const double Kappa = 0.05;
    private static readonly double[] Positions = [0, 100, 40];
    private static readonly double[] Capabilities = [1, 1, 0.5];
    private static readonly double[] Grid = [0.4, 0.7, 1.0];
    private static readonly double[] Prior = [1 / 3.0, 1 / 3.0, 1 / 3.0];
    private static readonly double[] ThinksWeak = [0.6, 0.3, 0.1];
    private static readonly double[] AfterCredibleStand = [0, 0.5, 0.5];

    [Fact]
    public void Mutual_optimism_escalates_in_446_of_2000_trials()
    {
        var (hits, gainsOfA) = MonteCarlo(ThinksWeak);
        var (lower, upper) = WilsonInterval.Of(hits, Trials);

        Assert.Equal(446, hits);
        Worked.Near(0.223, (double)hits / Trials);
        Worked.Near(0.208069980492, lower);
        Worked.Near(0.238678442599, upper);
        Worked.Near(-0.07, Quantile.Type7(gainsOfA, 0.05));
        Worked.Near(0.10625, Quantile.Type7(gainsOfA, 0.95));
    }

    [Fact]
    public void After_Bs_credible_stand_escalation_halves_to_229_of_2000()
    {
        var (hits, gainsOfA) = MonteCarlo(AfterCredibleStand);
        var (lower, upper) = WilsonInterval.Of(hits, Trials);

        Assert.Equal(229, hits);
        Worked.Near(0.1145, (double)hits / Trials);
        Worked.Near(0.103305708255, lower);
        Worked.Near(0.126735869729, upper);
        Worked.Near(-0.111538461538, Quantile.Type7(gainsOfA, 0.05));
        Worked.Near(0.00263157894737, Quantile.Type7(gainsOfA, 0.95));
    }

    [Fact]
    public void In_trial_0_both_sides_are_weak_and_neither_wants_to_fight()
    {
        var trial = Trial(0, ThinksWeak);

        Assert.Equal(0.4, trial.ResolveOfA);
        Assert.Equal(0.4, trial.ResolveOfB);
        Worked.Near(0.45, trial.WinOfA);
        Worked.Near(0.4, trial.WinOfB);
        Worked.Near(-0.07, trial.GainOfA);
        Worked.Near(-0.09, trial.GainOfB);
        Assert.False(trial.Escalates);
    }

    [Fact]
    public void Under_complete_information_the_win_probabilities_sum_to_one_and_neither_side_gains()
    {
        double[] common = [0.7, 0.7, 0.5];
        var winOfA = WinProbability.Bdm(0, 100, Positions, Capabilities, common, 100);
        var winOfB = WinProbability.Bdm(100, 0, Positions, Capabilities, common, 100);

        var gainOfA = Gain(0.7, own: 0, rival: 100, winOfA);
        var gainOfB = Gain(0.7, own: 100, rival: 0, winOfB);

        Worked.Near(0.51724137931, winOfA);
        Worked.Near(0.48275862069, winOfB);
        Assert.Equal(1, winOfA + winOfB, 12);
        Worked.Near(-0.0379310344828, gainOfA);
        Worked.Near(-0.0620689655172, gainOfB);
    }

    [Fact]
    public void The_settlement_on_offer_is_the_forecast_clamped_between_the_two_positions()
    {
        Assert.Equal(50, Settlement.Available(50, 0, 100));
        Assert.Equal(100, Settlement.Available(120, 0, 100));
        Assert.Equal(30, Settlement.Available(10, 80, 30));
    }

    [Fact]
    public void When_nobody_cares_either_side_is_as_likely_to_prevail()
    {
        Assert.Equal(0.5, WinProbability.Bdm(0, 100, Positions, Capabilities, [0, 0, 0], 100));
    }

    [Fact]
    public void Two_issues_each_side_cares_about_differently_do_not_add_up_to_a_conflict_under_complete_information()
    {
        // A1: i cares about issue 0 (r = 1) and little about issue 1 (0.1); j the reverse. Saliences are
        // common knowledge, so on each issue the two win probabilities sum to one.
        double[] positions = [0, 100];
        double[] capabilities = [1, 1];
        double[][] saliences = [[1, 0.1], [0.1, 1]];
        var stakesOfI = new List<IssueStake>();
        var stakesOfJ = new List<IssueStake>();
        for (var d = 0; d < 2; d++)
        {
            var winOfI = WinProbability.Bdm(0, 100, positions, capabilities, saliences[d], 100);
            var winOfJ = WinProbability.Bdm(100, 0, positions, capabilities, saliences[d], 100);
            stakesOfI.Add(new IssueStake(saliences[d][0], 0, 0, 100, 50, winOfI, 100));
            stakesOfJ.Add(new IssueStake(saliences[d][1], 100, 100, 0, 50, winOfJ, 100));
        }
        const double kappa = 0.1;

        // The summed form of §10 would have both sides gain from a conflict …
        Assert.True(stakesOfI.Sum(s => s.ContestValue) - kappa > 0);
        Assert.True(stakesOfJ.Sum(s => s.ContestValue) - kappa > 0);
        // … per issue, each is won by the side that cares and conceded by the other.
        var gainsOfI = ConflictGain.PerIssue(stakesOfI, kappa);
        var gainsOfJ = ConflictGain.PerIssue(stakesOfJ, kappa);
        Assert.True(gainsOfI[0] > 0 && gainsOfJ[0] < 0);
        Assert.True(gainsOfI[1] < 0 && gainsOfJ[1] > 0);
        Assert.False(DyadEscalation.Escalates(gainsOfI, gainsOfJ));
    }

    [Fact]
    public void The_dyad_cost_is_shared_by_resolve_over_the_disputed_issues_only()
    {
        // Issue 1 is agreed (1 point apart, under θ_move = 2%), so issues 0 and 2 carry κ in the ratio 0.6 : 0.2.
        IssueStake[] stakes =
        [
            new(0.6, 0, 0, 100, 50, 0.5, 100),
            new(0.9, 0, 10, 11, 10, 0.5, 100),
            new(0.2, 0, 0, 100, 50, 0.5, 100),
        ];

        var gains = ConflictGain.PerIssue(stakes, 0.4);

        Worked.Near(0 - 0.4 * 0.75, gains[0]!.Value);
        Assert.Null(gains[1]);
        Worked.Near(0 - 0.4 * 0.25, gains[2]!.Value);
    }

    [Fact]
    public void An_issue_a_side_has_no_resolve_on_is_not_in_dispute_for_it_and_carries_none_of_its_cost()
    {
        // Coded data have salience 0 (DEU III): such an issue gives no gain and takes no share of κ; the rest carry it all.
        IssueStake[] stakes =
        [
            new(0.6, 0, 0, 100, 50, 0.5, 100),
            new(0.0, 0, 0, 100, 50, 0.5, 100),
        ];

        var gains = ConflictGain.PerIssue(stakes, 0.4);

        Worked.Near(0 - 0.4, gains[0]!.Value);
        Assert.Null(gains[1]);
        Assert.All(ConflictGain.PerIssue([stakes[1]], 0.4), g => Assert.Null(g));
    }

    [Fact]
    public void A_dyad_escalates_on_the_issues_where_both_sides_gain()
    {
        double?[] gainsOfI = [0.1, null, 0.2, -0.1];
        double?[] gainsOfJ = [0.3, 0.1, 0.0, 0.1];

        Assert.Equal([0], DyadEscalation.EscalatingIssues(gainsOfI, gainsOfJ));
        Assert.True(DyadEscalation.Escalates(gainsOfI, gainsOfJ));
        Assert.False(DyadEscalation.Escalates([null, 0.2], [0.3, -0.2]));
    }

    private static (int Hits, List<double> GainsOfA) MonteCarlo(double[] beliefOfAAboutB)
    {
        var hits = 0;
        var gains = new List<double>(Trials);
        for (var n = 0; n < Trials; n++)
        {
            var trial = Trial((ulong)n, beliefOfAAboutB);
            hits += trial.Escalates ? 1 : 0;
            gains.Add(trial.GainOfA);
        }
        return (hits, gains);
    }

    private static TrialResult Trial(ulong n, double[] beliefOfAAboutB)
    {
        var resolveOfA = Grid[NamedStreams.DrawIndex(Prior, NamedStreams.Uniform(Seed, n, "type/A/r/d"))];
        var resolveOfB = Grid[NamedStreams.DrawIndex(Prior, NamedStreams.Uniform(Seed, n, "type/B/r/d"))];
        double[] seenByA = [resolveOfA, Mean(beliefOfAAboutB), 0.5];
        double[] seenByB = [Mean(ThinksWeak), resolveOfB, 0.5];
        var winOfA = WinProbability.Bdm(0, 100, Positions, Capabilities, seenByA, 100);
        var winOfB = WinProbability.Bdm(100, 0, Positions, Capabilities, seenByB, 100);
        var gainsOfA = ConflictGain.PerIssue([Stake(resolveOfA, own: 0, rival: 100, winOfA)], Kappa);
        var gainsOfB = ConflictGain.PerIssue([Stake(resolveOfB, own: 100, rival: 0, winOfB)], Kappa);
        return new TrialResult(resolveOfA, resolveOfB, winOfA, winOfB, gainsOfA[0]!.Value, gainsOfB[0]!.Value,
            DyadEscalation.Escalates(gainsOfA, gainsOfB));
    }

    private static double Gain(double resolve, double own, double rival, double win) =>
        ConflictGain.PerIssue([Stake(resolve, own, rival, win)], Kappa)[0]!.Value;

    private static IssueStake Stake(double resolve, double own, double rival, double win) =>
        new(resolve, Ideal: own, own, rival, Settlement.Available(50, own, rival), win, 100);

    private static double Mean(double[] belief)
    {
        var mean = 0.0;
        for (var k = 0; k < Grid.Length; k++)
        {
            mean += Grid[k] * belief[k];
        }
        return mean;
    }

    private sealed record TrialResult(
        double ResolveOfA, double ResolveOfB, double WinOfA, double WinOfB, double GainOfA, double GainOfB, bool Escalates);
}
