using Entente.Domain;

namespace Entente.Models.Common;

/// <summary>
/// Base of models that forecast each issue on its own from its participants, so that the handling of
/// absent actors (they are simply not participants) is the same everywhere.
/// </summary>
internal abstract class PerIssueModel : IBargainingModel
{
    public abstract string Name { get; }

    public ForecastResult Run(Scenario scenario, ModelRunContext context)
    {
        var issues = new List<IssueForecast>(scenario.Issues.Count);
        foreach (var issue in scenario.Issues)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            issues.Add(Forecast(issue, scenario.ParticipantsIn(issue.Id), context));
        }
        return new ForecastResult { Model = Name, Issues = issues };
    }

    /// <summary>Forecasts one issue; <paramref name="participants"/> are in actor input order.</summary>
    protected abstract IssueForecast Forecast(Issue issue, IReadOnlyList<Participant> participants, ModelRunContext context);
}
