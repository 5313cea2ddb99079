using Entente.Domain;
using Entente.Models.Common;

namespace Entente.Models.Compromise;

/// <summary>The weighted mean of positions, the classic baseline of EU decision-making studies.</summary>
internal sealed class CompromiseModel : PerIssueModel
{
    public override string Name => CompromiseOptions.ModelName;

    protected override IssueForecast Forecast(Issue issue, IReadOnlyList<Participant> participants, ModelRunContext context)
    {
        var round = WeightedStatistics.InputRound(participants);
        return new IssueForecast
        {
            IssueId = issue.Id,
            Forecast = round.WeightedMean,
            WeightedMean = round.WeightedMean,
            WeightedMedian = round.WeightedMedian,
            Rounds = [round],
        };
    }
}
