using Entente.Domain;

namespace Entente.Models.Spatial;

/// <summary>
/// KTAB's spatial model of politics: every actor is a point in the space of all issues at once, with a
/// salience per issue; bargains move several issues together. Issues are the dimensions.
/// </summary>
internal sealed class SpatialModel : IBargainingModel
{
    private readonly SpatialOptions _options;

    public SpatialModel(SpatialOptions options) => _options = options;

    public string Name => SpatialOptions.ModelName;

    public ForecastResult Run(Scenario scenario, ModelRunContext context)
    {
        var space = SpatialScenario.From(scenario);
        if (space.Actors.Count < 2 || space.Issues.Count == 0)
        {
            return SpatialReport.Static(Name, space);
        }
        var history = SpatialRun.Execute(space.Actors, space.Initial, _options, context.Seed, context.Rounds,
            turn =>
            {
                foreach (var issue in space.Issues)
                {
                    context.Observer?.RoundCompleted(issue.Id, turn);
                }
            },
            context.Cancellation,
            context.Loops,
            context.Accelerator as ISpatialDevice);
        return SpatialReport.Build(Name, space, history);
    }
}
