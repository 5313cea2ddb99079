namespace Entente.Domain.Strategic;

/// <summary>A scheduled event of the layer: in round <c>Round</c>, the sender of leak <c>Signal</c> disowns it.</summary>
public sealed record LayerEvent
{
    /// <summary>The round.</summary>
    public required int Round { get; init; }

    /// <summary>The leaked signal disowned.</summary>
    public required string Disown { get; init; }
}

/// <summary>A belief to report each round: the observer's expectation of one dimension of another's type.</summary>
public sealed record WatchEntry
{
    /// <summary>The observer.</summary>
    public required string Observer { get; init; }

    /// <summary>Whom it is about.</summary>
    public required string About { get; init; }

    /// <summary>Which dimension.</summary>
    public required TypeDimension Dimension { get; init; }

    /// <summary>The issue of a resolve dimension.</summary>
    public string? Issue { get; init; }
}
