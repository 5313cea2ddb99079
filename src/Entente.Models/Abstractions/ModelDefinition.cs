using Entente.Domain;

namespace Entente.Models;

/// <summary>
/// A model as the catalog lists it: name, summary, options, and a factory that parses and checks the
/// options before building the model.
/// </summary>
public sealed record ModelDefinition
{
    /// <summary>Name used on the command line and in scenario files.</summary>
    public required string Name { get; init; }

    /// <summary>One-line description.</summary>
    public required string Summary { get; init; }

    /// <summary>The options it takes.</summary>
    public required IReadOnlyList<ModelOptionInfo> Options { get; init; }

    /// <summary>
    /// Whether the model links issues (trades or moves on one issue for another), so that it must see every
    /// issue decided together to forecast any of them.
    /// </summary>
    public bool LinksIssues { get; init; }

    /// <summary>
    /// The option sets a backtest tunes the model over by cross-validation (kept beside the model, whose
    /// parameters they span); empty for a model with nothing worth tuning.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<ModelOption>> TuningGrid { get; init; } = [];

    /// <summary>Builds the model from option text; throws <see cref="ModelOptionsException"/> on bad options.</summary>
    public required Func<IReadOnlyList<ModelOption>, IBargainingModel> Create { get; init; }
}
