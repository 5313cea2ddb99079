using System.Globalization;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.Engine;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Diplomacy.Claims;

/// <summary>
/// A report about a third party (specification §4.5) as each observer other than the sender and the subject
/// reads it: the subject's types under the observer's belief, the claim true of some; the sender gains B if
/// believed and loses L_lie = a·π_exp if caught lying.
/// </summary>
internal static class ReportReading
{
    public static SignalReading Read(LayerCast cast, LayerState state, Domain.Strategic.Claim claim, List<string> narrative)
    {
        var report = claim.Report ?? throw new InvalidOperationException($"signal '{claim.Id}': a report needs 'report'");
        var s = cast.AgentIndex[claim.Senders[0]];
        var k = cast.AgentIndex[report.Subject];
        var dim = Beliefs.TypeSpace.Dimension(cast, report.Dimension, report.Issue)
            ?? throw new InvalidOperationException($"signal '{claim.Id}': the report names no known issue");
        var audience = ResolvedClaim.AudienceOf(cast, claim, claim.To is { } to ? cast.ActorIndex[to] : -1);
        var readings = new List<ObserverReading>();
        foreach (var h in audience)
        {
            if (h == s || h == k || h == cast.Owner[s] || cast.Owner[h] == k)
            {
                continue;
            }
            var belief = state.Beliefs[h, k, dim];
            var benefit = dim == LayerCast.Reciprocity ? cast.HonourScale[s] : state.Perceived(h, s, dim - 1);
            var lie = cast.Costs.Audience(claim.Channel) * cast.PerceivedCapacity[h, s] * cast.Parameters.Exposure;
            var subjects = belief.Points.Select((p, i) => (belief.Weights[i], report.Direction == BoundDirection.AtLeast ? p >= report.Level : p <= report.Level)).ToArray();
            var solution = StageGameSolver.Solve(ReportClaim.Game(subjects, benefit, lie));
            var posterior = belief.WithWeights(solution.PosteriorClaim);
            if (cast.IsComposite(k))
            {
                // About a composite: the report's likelihood of each weighted mean applies on the joint faction grid.
                var ratio = new Dictionary<double, double>();
                for (var i = 0; i < belief.Count; i++)
                {
                    ratio[belief.Points[i]] = belief.Weights[i] > 0 ? posterior.Weights[i] / belief.Weights[i] : 0.0;
                }
                state.Beliefs.Update(h, k, [dim], v => ratio.GetValueOrDefault(v[0]));
            }
            else
            {
                state.Beliefs.Set(h, k, dim, posterior);
            }
            readings.Add(new ObserverReading(cast.Agents[h], solution.SilentCredibility, solution.ClaimCredibility,
                solution.Kind.ToString().ToLowerInvariant(), cast.DimensionName(dim), belief.Mean, posterior.Mean));
        }
        var f = (double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
        narrative.Add($"Round {claim.Round}: {cast.NameOf(s)} reports that {cast.NameOf(k)}'s {cast.DimensionName(dim)} is "
            + $"{(report.Direction == BoundDirection.AtLeast ? "at least" : "at most")} {f(report.Level)}: "
            + (readings.Count == 0 ? "nobody else heard it." : string.Join("; ", readings.Select(r => $"{r.Observer} {f(r.PriorMean)} → {f(r.PosteriorMean)} ({r.Kind})")) + "."));
        return new SignalReading
        {
            Id = claim.Id,
            Sender = cast.Agents[s],
            Addressee = report.Subject,
            Channel = Channels.NameOf(claim.Channel),
            Kind = "report",
            Observers = readings,
        };
    }
}
