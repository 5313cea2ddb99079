using Entente.Models;

namespace Entente.Application;

/// <summary>The models a request may name, and their options (<c>entente models</c>; a web form's choices).</summary>
public sealed class ModelService
{
    /// <summary>Every model of the catalog, in the catalog's order.</summary>
    public Task<IReadOnlyList<ModelInfo>> RunAsync(IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        IReadOnlyList<ModelInfo> models = [.. ModelCatalog.All.Select(m => new ModelInfo(m.Name, m.Summary, m.Options, m.TuningGrid.Count > 0))];
        return Task.FromResult(models);
    }
}
