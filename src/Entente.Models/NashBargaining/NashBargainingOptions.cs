namespace Entente.Models.NashBargaining;

/// <summary>Options of the Nash bargaining solution (<c>nbs</c>).</summary>
public sealed record NashBargainingOptions
{
    /// <summary>The model's name.</summary>
    public const string ModelName = "nbs";

    /// <summary>Shape of the actors' utility functions; linear by default.</summary>
    public UtilityShape Utility { get; init; } = UtilityShape.Linear;

    private static readonly IReadOnlyList<ModelOptionInfo> Known =
    [
        new("utility", "Utility loss in distance: linear (−s|x−xᵢ|) or quadratic (−s(x−xᵢ)²).", "linear"),
    ];

    /// <summary>The catalog entry.</summary>
    public static ModelDefinition Definition { get; } = new()
    {
        Name = ModelName,
        Summary = "Nash bargaining solution: the outcome maximising the capability-weighted Nash product of gains over the status quo.",
        Options = Known,
        Create = text => new NashBargainingModel(Parse(text)),
    };

    /// <summary>Parses options from name/value text; throws <see cref="ModelOptionsException"/> listing every problem.</summary>
    public static NashBargainingOptions Parse(IReadOnlyList<Domain.ModelOption> text)
    {
        var reader = new ModelOptionReader(ModelName, text);
        var utility = reader.Choice("utility", "linear", ["linear", "quadratic"]);
        reader.ThrowIfInvalid(Known);
        return new NashBargainingOptions { Utility = utility == "quadratic" ? UtilityShape.Quadratic : UtilityShape.Linear };
    }
}
