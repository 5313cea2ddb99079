namespace Entente.Models.Median;

/// <summary>
/// Options of the median model: the forecast of each issue is the capability-and-salience-weighted
/// median of positions (the position the Condorcet winner takes under weighted voting). It takes no options.
/// </summary>
public sealed record MedianOptions
{
    /// <summary>The model's name.</summary>
    public const string ModelName = "median";

    /// <summary>The catalog entry.</summary>
    public static ModelDefinition Definition { get; } = new()
    {
        Name = ModelName,
        Summary = "Median voter model: per issue the capability-and-salience-weighted median position.",
        Options = [],
        Create = options =>
        {
            new ModelOptionReader(ModelName, options).ThrowIfInvalid([]);
            return new MedianModel();
        },
    };
}
