using Entente.Application;

namespace Entente.Web;

/// <summary>What a client can choose from: the models and their options, and the bundled examples.</summary>
internal static class CatalogEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/models", async (ModelService models, CancellationToken cancellation) =>
                Documents.Own(await models.RunAsync(null, cancellation)))
            .WithName("ListModels").WithSummary("The models and their options (entente models)").Produces<IReadOnlyList<ModelInfo>>();

        api.MapGet("/models/{name}", async (string name, ModelService models, CancellationToken cancellation) =>
            {
                var all = await models.RunAsync(null, cancellation);
                return all.FirstOrDefault(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } model
                    ? Documents.Own(model)
                    : throw new ApiProblemException(StatusCodes.Status404NotFound, "No such model",
                        [ProblemEntry.About("name", $"no model '{name}'; see GET /api/models")]);
            })
            .WithName("GetModel").WithSummary("One model and its options").Produces<ModelInfo>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/examples", (ExampleLibrary examples) => Documents.Own(examples.Names.Select(n => new { name = n, file = ExampleLibrary.DisplayName(n) })))
            .WithName("ListExamples").WithSummary("The bundled example scenarios");

        api.MapGet("/examples/{name}", (string name, ExampleLibrary examples) =>
                Results.Text(examples.Text(name), "application/yaml; charset=utf-8"))
            .WithName("GetExample").WithSummary("A bundled example's YAML").ProducesProblem(StatusCodes.Status404NotFound);
    }
}
