using CsCheck;
using Entente.Models.Diplomacy.Escalation;

namespace Entente.Models.Tests.Diplomacy.V2.Escalation;

/// <summary>P20 and P21: escalation needs divergent beliefs, and falls as resolve becomes credible.</summary>
public sealed class BargainingRangePropertyTests
{
    /// <summary>
    /// One issue of a dyad: i (voter 0) and j (voter 1) at distinct positions with ideals at or beyond
    /// them, away from each other; up to three third parties; a forecast anywhere on the range.
    /// </summary>
    private static readonly Gen<Contest> Contests =
        from own in Gen.Double[0, 100]
        from rival in Gen.Double[0, 100]
        from others in Gen.Double[0, 100].Array[0, 3]
        from capabilities in Gen.Double[0.05, 1].Array[5]
        from saliences in Gen.Double[0.05, 1].Array[5]
        from beyond in Gen.Double[0, 20].Array[2]
        from forecast in Gen.Double[0, 100]
        where Math.Abs(own - rival) > 3
        select Contest.Build(own, rival, others, capabilities, saliences, beyond, forecast);

    [Fact]
    public void With_common_saliences_and_a_positive_cost_no_issue_of_a_dyad_escalates()
    {
        var gen = from issues in Contests.Array[1, 4]
                  from kappaOfI in Gen.Double[0.001, 0.5]
                  from kappaOfJ in Gen.Double[0.001, 0.5]
                  select (issues, kappaOfI, kappaOfJ);
        gen.Sample(c =>
        {
            var stakesOfI = new List<IssueStake>();
            var stakesOfJ = new List<IssueStake>();
            foreach (var issue in c.issues)
            {
                var winOfI = issue.WinOfI(issue.Saliences);
                var winOfJ = WinProbability.Bdm(issue.Rival, issue.Own, issue.Voters, issue.Capabilities, issue.Saliences, 100);
                Assert.Equal(1, winOfI + winOfJ, 12);
                stakesOfI.Add(issue.StakeOfI(issue.Saliences[0], winOfI));
                stakesOfJ.Add(new IssueStake(issue.Saliences[1], issue.IdealOfJ, issue.Rival, issue.Own, issue.Settlement, winOfJ, 100));
            }
            Assert.False(DyadEscalation.Escalates(ConflictGain.PerIssue(stakesOfI, c.kappaOfI), ConflictGain.PerIssue(stakesOfJ, c.kappaOfJ)));
        }, iter: 5_000);
    }

    [Fact]
    public void Believing_the_rival_more_resolved_never_raises_the_gain_from_a_contest()
    {
        var gen = from issue in Contests
                  from grid in Gen.Double[0.05, 1].Array[2, 5]
                  from weights in Gen.Double[0.01, 1].Array[5]
                  from shift in Gen.Double[0, 1]
                  from kappa in Gen.Double[0, 0.5]
                  select (issue, grid: grid.Order().ToArray(), weights, shift, kappa);
        gen.Sample(c =>
        {
            var belief = c.weights.Take(c.grid.Length).Select(w => w / c.weights.Take(c.grid.Length).Sum()).ToArray();
            // Move part of the mass on the lowest point to the highest: a first-order dominating belief.
            var firmer = (double[])belief.Clone();
            firmer[0] -= c.shift * belief[0];
            firmer[^1] += c.shift * belief[0];

            var before = Gain(c.issue, Mean(c.grid, belief), c.kappa);
            var after = Gain(c.issue, Mean(c.grid, firmer), c.kappa);

            Assert.True(after.Win <= before.Win + 1e-12);
            Assert.True(after.Gain <= before.Gain + 1e-12);
        }, iter: 5_000);
    }

    private static (double Win, double Gain) Gain(Contest issue, double perceivedResolveOfJ, double kappa)
    {
        var seen = (double[])issue.Saliences.Clone();
        seen[1] = perceivedResolveOfJ;
        var win = issue.WinOfI(seen);
        return (win, ConflictGain.PerIssue([issue.StakeOfI(issue.Saliences[0], win)], kappa)[0]!.Value);
    }

    private static double Mean(double[] grid, double[] belief) => grid.Select((r, k) => r * belief[k]).Sum();

    internal sealed record Contest(
        double Own, double Rival, double IdealOfI, double IdealOfJ, double[] Voters, double[] Capabilities, double[] Saliences,
        double Settlement)
    {
        public static Contest Build(
            double own, double rival, double[] others, double[] capabilities, double[] saliences, double[] beyond, double forecast)
        {
            var away = Math.Sign(own - rival);
            double[] voters = [own, rival, .. others];
            return new Contest(
                own, rival, own + away * beyond[0], rival - away * beyond[1], voters,
                capabilities[..voters.Length], saliences[..voters.Length], global::Entente.Models.Diplomacy.Escalation.Settlement.Available(forecast, own, rival));
        }

        public double WinOfI(double[] saliences) => WinProbability.Bdm(Own, Rival, Voters, Capabilities, saliences, 100);

        public IssueStake StakeOfI(double resolve, double win) => new(resolve, IdealOfI, Own, Rival, Settlement, win, 100);
    }
}
