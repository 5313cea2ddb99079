using System.Text;
using Entente.Application;
using Entente.Domain.Validation;

namespace Entente.Web;

/// <summary>
/// POST /api/validate: reads a scenario in any supported format (recognised by content) and reports every
/// problem, located as <c>entente validate</c> prints it. The body is the scenario's text (any content type but
/// JSON; <c>?name=</c> names it), or JSON with <c>scenario</c>, <c>name</c> or <c>example</c>.
/// </summary>
internal static class ValidateEndpoints
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/validate", async (HttpRequest request, string? name, ScenarioReader reader, DocumentService documents) =>
            {
                var body = request.HasJsonContentType() ? await JsonBody.ReadAsync<ScenarioBody>(request) : new ScenarioBody { Scenario = await TextAsync(request), Name = name };
                var load = await documents.RunAsync(reader.Request(body, allowErrors: true), null, request.HttpContext.RequestAborted);
                if (load.Document is not { } document || load.Errors > 0)
                {
                    throw ApiProblems.Scenario(load.Diagnostics);
                }
                return Documents.Own(new
                {
                    file = document.File,
                    valid = true,
                    format = document.Format,
                    scenario = document.Scenario.Name,
                    actors = document.Scenario.Actors.Count,
                    issues = document.Scenario.Issues.Count,
                    stances = document.Scenario.Stances.Count,
                    warnings = load.Diagnostics.Where(d => d.Severity != Severity.Error).Select(ProblemEntry.Of).ToList(),
                });
            })
            .WithName("Validate").WithSummary("Check a scenario (any supported format) and list every problem")
            .Accepts<ScenarioBody>("application/json", "application/yaml", "text/plain", "text/csv")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status400BadRequest);
    }

    /// <summary>The body as text; bytes that are not UTF-8 are refused rather than guessed at.</summary>
    private static async Task<string> TextAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        try
        {
            return StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException e)
        {
            throw ApiProblemException.BadField("body", $"body: the scenario is not valid UTF-8 (byte {e.Index + 1})");
        }
    }
}
