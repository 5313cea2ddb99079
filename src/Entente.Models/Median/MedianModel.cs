using Entente.Domain;
using Entente.Models.Common;

namespace Entente.Models.Median;

/// <summary>The weighted median of positions.</summary>
internal sealed class MedianModel : PerIssueModel
{
    public override string Name => MedianOptions.ModelName;

    protected override IssueForecast Forecast(Issue issue, IReadOnlyList<Participant> participants, ModelRunContext context)
    {
        var round = WeightedStatistics.InputRound(participants);
        return new IssueForecast
        {
            IssueId = issue.Id,
            Forecast = round.WeightedMedian,
            WeightedMean = round.WeightedMean,
            WeightedMedian = round.WeightedMedian,
            Rounds = [round],
        };
    }
}
