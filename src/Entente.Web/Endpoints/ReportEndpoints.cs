using Entente.Application;

namespace Entente.Web;

/// <summary>
/// The HTML report (entente report) as a download: of a scenario (POST /api/report) or of a stored forecast run
/// (GET /api/runs/{id}/report). The report is self-contained (charts as data URIs) and has no script; its own
/// content security policy allows its inline style and images and nothing else.
/// </summary>
internal static class ReportEndpoints
{
    public const string ReportPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/report", async (HttpContext context, ScenarioReader reader, ReportService service, WebSettings settings) =>
            {
                var body = await JsonBody.ReadAsync<ReportBody>(context.Request);
                var choice = body.Choice();
                var request = new ReportRequest
                {
                    Model = choice,
                    Trials = body.Trials,
                    Noise = body.Noise?.Settings() ?? Simulation.MonteCarlo.NoiseSettings.Default,
                    Sensitivity = body.Sensitivity,
                };
                IReadOnlyList<string> warnings = [];
                if (body.RunId is { } id)
                {
                    if (body.Scenario is not null || body.Example is not null)
                    {
                        throw ApiProblemException.BadField("runId", "runId: give either a scenario or a stored run's id, not both");
                    }
                    request = request with { RunId = id, Store = settings.Store };
                }
                else
                {
                    var scenario = await reader.ReadAsync(body, context.RequestAborted);
                    request = request with { Scenario = scenario.Document };
                    warnings = scenario.Warnings;
                }
                return await WriteAsync(context, service, request, warnings, body.RunId is { } run ? $"run-{run}" : Stem(body));
            })
            .WithName("Report").WithSummary("The HTML report of a scenario or a stored forecast run, as a download (entente report)")
            .Accepts<ReportBody>("application/json").Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/runs/{id:long}/report", (long id, HttpContext context, ReportService service, WebSettings settings) =>
                WriteAsync(context, service, new ReportRequest { RunId = id, Store = settings.Store }, [], $"run-{id}"))
            .WithName("ReportRun").WithSummary("The HTML report of a stored forecast run, as a download")
            .Produces(StatusCodes.Status200OK, contentType: "text/html").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static string Stem(ScenarioBody body) => body.Example ?? Path.GetFileNameWithoutExtension(FileNames.Check(body.Name, "scenario"));

    /// <summary>The report is written to a private temporary folder (the service writes folders) and its page returned.</summary>
    private static async Task<IResult> WriteAsync(HttpContext context, ReportService service, ReportRequest request, IReadOnlyList<string> warnings, string stem)
    {
        var report = await RunFiles.ReportAsync(service, request, stem, context.RequestAborted);
        Documents.Warn(context.Response, [.. warnings, .. report.Warnings]);
        context.Response.Headers.ContentSecurityPolicy = ReportPolicy;
        return Results.File(report.Bytes, report.ContentType, report.Name);
    }
}
