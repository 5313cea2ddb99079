using Entente.Application;

namespace Entente.Web;

/// <summary>
/// POST /api/backtest: scores models against the outcomes of the DEU table in the body. The application layer reads
/// tables from files, so the table is written to a private temporary folder under the client's plain file name,
/// and that folder is taken out of every answer: the client sees only the name it gave.
/// </summary>
internal static class BacktestEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/backtest", async (HttpContext context, BacktestService service, WebSettings settings) =>
            {
                var body = await JsonBody.ReadAsync<BacktestBody>(context.Request);
                var name = FileNames.Check(body.Name, "table.tsv");
                if (body.Table is not { } table)
                {
                    throw ApiProblemException.BadField("table", "table: a DEU table is required, as text");
                }
                var options = new ModelBody { Options = body.Options }.Choice().Options;
                var folder = Directory.CreateTempSubdirectory("entente-web-").FullName;
                var prefix = folder + Path.DirectorySeparatorChar;
                try
                {
                    var path = Path.Combine(folder, name);
                    await File.WriteAllTextAsync(path, table, context.RequestAborted);
                    var outcome = await service.RunAsync(new BacktestRequest
                    {
                        File = path,
                        Models = body.Models ?? [],
                        ModelOptions = options,
                        Capability = body.Capability,
                        Folds = body.Folds,
                        Repeats = body.Repeats,
                        Seed = body.Seed,
                        Replicates = body.Replicates ?? new BacktestRequest().Replicates,
                        CommissionWeight = body.CommissionWeight,
                        ParliamentWeight = body.ParliamentWeight,
                        Baseline = body.Baseline,
                        BaselineCapability = body.BaselineCapability,
                        SaveTo = body.Save ? settings.Store : null,
                        InnerFolds = body.InnerFolds,
                        NoiseTrials = body.NoiseTrials,
                        Noise = body.Noise?.Settings() ?? Simulation.MonteCarlo.NoiseSettings.Default,
                        Cluster = settings.Cluster,
                    }, null, context.RequestAborted);
                    Documents.Warn(context.Response, outcome.Warnings);
                    SavedRuns.Tell(context.Response, outcome.Saved);
                    return Documents.Of(outcome.Json.Replace(prefix, "", StringComparison.Ordinal));
                }
                catch (RequestException e)
                {
                    var problem = ApiProblems.From(e);
                    throw new ApiProblemException(problem.Status, problem.Title, [.. problem.Errors.Select(p => Strip(p, prefix))]);
                }
                finally
                {
                    Directory.Delete(folder, recursive: true);
                }
            })
            .WithName("Backtest").WithSummary("Score models against a DEU table's outcomes (entente backtest --format json)")
            .Accepts<BacktestBody>("application/json").Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static ProblemEntry Strip(ProblemEntry entry, string prefix) => entry with
    {
        File = entry.File?.Replace(prefix, "", StringComparison.Ordinal),
        Message = entry.Message.Replace(prefix, "", StringComparison.Ordinal),
        Text = entry.Text.Replace(prefix, "", StringComparison.Ordinal),
    };
}
