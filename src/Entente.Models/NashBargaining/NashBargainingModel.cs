using Entente.Domain;
using Entente.Models.Common;

namespace Entente.Models.NashBargaining;

/// <summary>
/// The asymmetric Nash bargaining solution on each issue: the outcome x on the scale that maximises
/// Σ cᵢ log(Uᵢ(x) − Uᵢ(q)) over the bargainers, the actors who can be made better off than at the status
/// quo q, within the set of outcomes no bargainer finds worse than q (so each keeps its veto).
/// See docs/models/baselines.md for why this reading and for the default status quo.
/// </summary>
internal sealed class NashBargainingModel(NashBargainingOptions options) : PerIssueModel
{
    // Bisection halves the bracket each step; 200 steps exhaust double precision on any scale.
    private const int BisectionSteps = 200;

    public override string Name => NashBargainingOptions.ModelName;

    protected override IssueForecast Forecast(Issue issue, IReadOnlyList<Participant> participants, ModelRunContext context)
    {
        var input = WeightedStatistics.InputRound(participants);
        var statusQuo = issue.StatusQuo ?? FarthestEnd(issue.Scale, input.WeightedMean);
        var bargainers = participants.Where(p => p.Salience > 0 && p.Capability > 0 && p.Position != statusQuo).ToArray();

        var (low, high) = RationalSet(issue.Scale, statusQuo, bargainers);
        var solution = bargainers.Length == 0 || low >= high ? statusQuo : Maximise(low, high, statusQuo, bargainers);

        var note = issue.StatusQuo is null
            ? FormattableString.Invariant($"Status quo (the disagreement point) not given; assumed {statusQuo:0.###}, the end of the scale farthest from the weighted mean {input.WeightedMean:0.###} (give the issue a statusQuo to set it).")
            : FormattableString.Invariant($"Status quo (the disagreement point) {statusQuo:0.###}, as the scenario gives it.");
        return new IssueForecast
        {
            IssueId = issue.Id,
            Forecast = solution,
            WeightedMean = input.WeightedMean,
            WeightedMedian = input.WeightedMedian,
            Rounds = [input],
            Explanation =
            [
                note,
                FormattableString.Invariant($"{bargainers.Length} of {participants.Count} actors bargain (positive salience and capability, not at the status quo); every one of them prefers any outcome in [{low:0.###}, {high:0.###}] to the status quo, and the forecast maximises the product of their gains there."),
            ],
            Details = new Dictionary<string, double>
            {
                ["statusQuo"] = statusQuo,
                ["bargainers"] = bargainers.Length,
                ["rationalLow"] = low,
                ["rationalHigh"] = high,
            },
        };
    }

    /// <summary>With no status quo given, disagreement is the scale end farthest from the compromise.</summary>
    internal static double FarthestEnd(IssueScale scale, double compromise) =>
        compromise - scale.Min >= scale.Max - compromise ? scale.Min : scale.Max;

    /// <summary>
    /// The outcomes every bargainer weakly prefers to q. For both utility shapes an actor at xᵢ prefers
    /// x to q exactly when |x − xᵢ| ≤ |q − xᵢ|, so the set is an intersection of intervals around q.
    /// </summary>
    private static (double Low, double High) RationalSet(IssueScale scale, double statusQuo, IEnumerable<Participant> bargainers)
    {
        double low = scale.Min, high = scale.Max;
        foreach (var p in bargainers)
        {
            var reach = Math.Abs(statusQuo - p.Position);
            low = Math.Max(low, p.Position - reach);
            high = Math.Min(high, p.Position + reach);
        }
        return (low, high);
    }

    /// <summary>
    /// The objective is a sum of logs of concave gains, hence concave on the rational set: bisect on the
    /// sign of its right derivative, which falls from positive to negative across the maximum.
    /// </summary>
    private double Maximise(double low, double high, double statusQuo, Participant[] bargainers)
    {
        for (var step = 0; step < BisectionSteps && low < high; step++)
        {
            var middle = low + (high - low) / 2;
            if (middle <= low || middle >= high)
            {
                break;
            }
            if (RightDerivative(middle, statusQuo, bargainers) > 0)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
        return low + (high - low) / 2;
    }

    // Salience scales an actor's gain and its slope alike, so it cancels here: in the Nash product only
    // capability weighs, salience decides only who bargains.
    private double RightDerivative(double x, double statusQuo, Participant[] bargainers)
    {
        double slope = 0;
        foreach (var p in bargainers)
        {
            var reach = Math.Abs(statusQuo - p.Position);
            var offset = x - p.Position;
            double gain, gainSlope;
            if (options.Utility == UtilityShape.Linear)
            {
                gain = reach - Math.Abs(offset);
                gainSlope = offset >= 0 ? -1 : 1;
            }
            else
            {
                gain = reach * reach - offset * offset;
                gainSlope = -2 * offset;
            }
            if (gain <= 0)
            {
                // At the edge of the rational set the log falls to −∞: push back inside.
                return gainSlope > 0 || (gainSlope == 0 && offset < 0) ? double.PositiveInfinity : double.NegativeInfinity;
            }
            slope += p.Capability * gainSlope / gain;
        }
        return slope;
    }
}
