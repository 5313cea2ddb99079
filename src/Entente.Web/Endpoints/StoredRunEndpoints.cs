using Entente.Application;

namespace Entente.Web;

/// <summary>The runs saved in the server's run store: list, show, diff, export, delete (entente runs …).</summary>
internal static class StoredRunEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/runs", async (HttpContext context, RunService runs, WebSettings settings, CancellationToken cancellation) =>
            {
                var listed = await runs.RunAsync(new RunsRequest { Store = settings.Store, Action = RunsAction.List }, null, cancellation);
                // A damaged run is listed with its "damage"; it and a failing integrity check ride in Entente-Warning headers too.
                Documents.Warn(context.Response, listed.Warnings);
                return Documents.Of(listed.Document!);
            })
            .WithName("ListRuns").WithSummary("Every saved run's header, oldest first (entente runs list --format json)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

        api.MapGet("/runs/{id:long}", async (long id, RunService runs, WebSettings settings, CancellationToken cancellation) =>
                Documents.Of((await runs.RunAsync(new RunsRequest { Store = settings.Store, Action = RunsAction.Show, Id = id }, null, cancellation)).Document!))
            .WithName("ShowRun").WithSummary("One saved run, whole (entente runs show ID --format json)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/runs/{id:long}/export", async (long id, string? format, RunService runs, WebSettings settings, CancellationToken cancellation) =>
            {
                var file = await RunFiles.ExportAsync(runs, settings.Store, id, format, cancellation);
                return Results.File(file.Bytes, file.ContentType, file.Name);
            })
            .WithName("ExportRun").WithSummary("A saved run as a download: JSON (everything) or CSV (the positions) (entente runs export)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/runs/{id:long}/diff/{other:long}", async (long id, long other, RunService runs, WebSettings settings, CancellationToken cancellation) =>
            {
                // The application layer has no diff document (the CLI renders a table): both runs' documents, side by side.
                var first = await runs.RunAsync(new RunsRequest { Store = settings.Store, Action = RunsAction.Show, Id = id }, null, cancellation);
                var second = await runs.RunAsync(new RunsRequest { Store = settings.Store, Action = RunsAction.Show, Id = other }, null, cancellation);
                return Documents.Of($"{{\n  \"first\": {Indent(first.Document!)},\n  \"second\": {Indent(second.Document!)}\n}}");
            })
            .WithName("DiffRuns").WithSummary("Two saved runs side by side: { first, second }, each as runs show prints it")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapDelete("/runs/{id:long}", async (long id, RunService runs, WebSettings settings, CancellationToken cancellation) =>
            {
                await runs.RunAsync(new RunsRequest { Store = settings.Store, Action = RunsAction.Delete, Id = id }, null, cancellation);
                return Results.NoContent();
            })
            .WithName("DeleteRun").WithSummary("Delete a saved run and all its rows (entente runs delete)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static string Indent(string document) => document.ReplaceLineEndings("\n  ");
}
