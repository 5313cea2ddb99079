namespace Entente.Domain;

/// <summary>The scale on which a scenario file writes saliences.</summary>
public enum SalienceScale
{
    /// <summary>Saliences from 0 to 1.</summary>
    Unit,

    /// <summary>Saliences from 0 to 100 (the convention of expert surveys and KTAB).</summary>
    Percent,
}
