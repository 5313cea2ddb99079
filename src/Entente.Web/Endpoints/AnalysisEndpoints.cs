using Entente.Application;

namespace Entente.Web;

/// <summary>
/// The analyses that answer at once: forecast, sensitivity, comparison. Each body is the application layer's
/// document exactly as <c>entente … --format json</c> prints it; warnings ride in <c>Entente-Warning</c> headers.
/// </summary>
internal static class AnalysisEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/forecast", async (HttpContext context, string? format, ScenarioReader reader, ForecastService service, WebSettings settings) =>
            {
                if (format is not (null or "json" or "csv"))
                {
                    throw ApiProblemException.BadField("format", "format must be json or csv");
                }
                var body = await JsonBody.ReadAsync<ForecastBody>(context.Request);
                if (body.Dyads is < 1)
                {
                    throw ApiProblemException.BadField("dyads", "dyads must be a round of 1 or more");
                }
                var choice = body.Choice();
                var scenario = await reader.ReadAsync(body, context.RequestAborted);
                var outcome = await service.RunAsync(new ForecastRequest
                {
                    Scenario = scenario.Document,
                    Model = choice,
                    Trials = body.Trials,
                    Dyads = body.Dyads is { } round ? Models.DyadSelection.Round(round) : Models.DyadSelection.None,
                    SaveTo = body.Save ? settings.Store : null,
                }, null, context.RequestAborted);
                Documents.Warn(context.Response, [.. scenario.Warnings, .. outcome.Warnings]);
                SavedRuns.Tell(context.Response, outcome.Saved);
                return format == "csv" ? Documents.Of(outcome.Csv, Documents.Csv) : Documents.Of(outcome.Json);
            })
            .WithName("Forecast").WithSummary("Forecast a scenario with a model (entente forecast --format json|csv)")
            .Accepts<ForecastBody>("application/json").Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/sensitivity", async (HttpContext context, ScenarioReader reader, SensitivityService service, WebSettings settings) =>
            {
                var body = await JsonBody.ReadAsync<SensitivityBody>(context.Request);
                var choice = body.Choice();
                var scenario = await reader.ReadAsync(body, context.RequestAborted);
                var outcome = await service.RunAsync(new SensitivityRequest { Scenario = scenario.Document, Model = choice, Settings = body.Settings(), Cluster = settings.Cluster },
                    null, context.RequestAborted);
                Documents.Warn(context.Response, [.. scenario.Warnings, .. outcome.Warnings]);
                return Documents.Of(outcome.Json);
            })
            .WithName("Sensitivity").WithSummary("One-at-a-time sensitivity and pivotal actors (entente sensitivity --format json)")
            .Accepts<SensitivityBody>("application/json").Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/compare", async (HttpContext context, ScenarioReader reader, ComparisonService service, WebSettings settings) =>
            {
                var body = await JsonBody.ReadAsync<CompareBody>(context.Request);
                var choice = body.Choice();
                var scenario = await reader.ReadAsync(body, context.RequestAborted);
                var outcome = await service.RunAsync(new ComparisonRequest
                {
                    Scenario = scenario.Document,
                    Model = choice,
                    Trials = body.Trials,
                    Attribution = body.Attribution,
                    Variants = body.Variants ?? [],
                    SaveTo = body.Save ? settings.Store : null,
                    Cluster = settings.Cluster,
                }, null, context.RequestAborted);
                Documents.Warn(context.Response, [.. scenario.Warnings, .. outcome.Warnings]);
                SavedRuns.Tell(context.Response, outcome.Saved);
                return Documents.Of(outcome.Json);
            })
            .WithName("Compare").WithSummary("A scenario against its variants, paired over the same draws (entente compare --format json)")
            .Accepts<CompareBody>("application/json").Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
