using Entente.Application;

namespace Entente.Web;

/// <summary>POST /api/advise: an actor's levers, ranked, as <c>entente advise --format json</c> prints them.</summary>
internal static class AdviceEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/advise", async (HttpContext context, ScenarioReader reader, AdviceService service) =>
            {
                var body = await JsonBody.ReadAsync<AdviceBody>(context.Request);
                var choice = body.Choice();
                var scenario = await reader.ReadAsync(body, context.RequestAborted);
                var outcome = await service.RunAsync(new AdviceRequest
                {
                    Scenario = scenario.Document,
                    Model = choice,
                    Actor = body.Actor,
                    Objective = body.Objective,
                    Issues = body.Issues ?? [],
                    Levers = body.Levers ?? [],
                    Budget = body.Budget,
                    Trials = body.Trials,
                    Search = body.Search,
                    Noise = body.Noise?.Settings() ?? Simulation.MonteCarlo.NoiseSettings.None,
                    Pairs = body.Pairs,
                }, null, context.RequestAborted);
                Documents.Warn(context.Response, [.. scenario.Warnings, .. outcome.Warnings]);
                return Documents.Of(outcome.Json);
            })
            .WithName("Advise").WithSummary("An actor's levers ranked by paired trials against the base (entente advise --format json)")
            .Accepts<AdviceBody>("application/json").Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
