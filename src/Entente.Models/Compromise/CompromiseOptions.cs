namespace Entente.Models.Compromise;

/// <summary>
/// Options of the compromise model: the forecast of each issue is Σ c·s·x / Σ c·s over its
/// participants (the capability-and-salience-weighted mean). It takes no options.
/// </summary>
public sealed record CompromiseOptions
{
    /// <summary>The model's name.</summary>
    public const string ModelName = "compromise";

    /// <summary>The catalog entry.</summary>
    public static ModelDefinition Definition { get; } = new()
    {
        Name = ModelName,
        Summary = "Compromise model: per issue the capability-and-salience-weighted mean of positions.",
        Options = [],
        Create = options =>
        {
            new ModelOptionReader(ModelName, options).ThrowIfInvalid([]);
            return new CompromiseModel();
        },
    };
}
