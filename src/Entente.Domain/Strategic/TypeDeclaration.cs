namespace Entente.Domain.Strategic;

/// <summary>The analyst's prior over one dimension of an actor's (or faction's) type, and optionally its true value.</summary>
public sealed record TypeDeclaration
{
    /// <summary>The actor, or <c>actor.faction</c>.</summary>
    public required string Of { get; init; }

    /// <summary>Which dimension.</summary>
    public required TypeDimension Dimension { get; init; }

    /// <summary>The issue of a resolve dimension; null for reciprocity.</summary>
    public string? Issue { get; init; }

    /// <summary>The distribution.</summary>
    public required TypePrior Prior { get; init; }

    /// <summary>The true value for the nominal run (<c>true:</c>); null for the default.</summary>
    public double? True { get; init; }
}
