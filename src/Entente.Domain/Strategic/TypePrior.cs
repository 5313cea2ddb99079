namespace Entente.Domain.Strategic;

/// <summary>
/// A distribution over one type dimension as a file writes it: a point, <c>uncertain: w</c> around the
/// base salience, an explicit grid with a prior (or uniform), or <c>reputation: ρ</c> (q only).
/// </summary>
public sealed record TypePrior
{
    /// <summary><c>point: v</c>.</summary>
    public double? Point { get; init; }

    /// <summary><c>uncertain: w</c> (resolve only).</summary>
    public double? Uncertain { get; init; }

    /// <summary>
    /// The centre s of <see cref="Uncertain"/>'s points s + k·w; null for the base salience. Files do not
    /// write it: it carries a version-1 perception's believed salience ŝ into version 2 (§16).
    /// </summary>
    public double? Centre { get; init; }

    /// <summary>
    /// <c>grid: [...]</c>, ascending. Empty with a <see cref="Prior"/>: a type on q uses (0, ½, 1) (A17); a
    /// belief uses the grid of the analyst's prior about the same dimension.
    /// </summary>
    public ValueList<double> Grid { get; init; } = ValueList<double>.Empty;

    /// <summary><c>prior: [...]</c>, one weight per grid point; empty with <see cref="Uniform"/>.</summary>
    public ValueList<double> Prior { get; init; } = ValueList<double>.Empty;

    /// <summary><c>prior: uniform</c>.</summary>
    public bool Uniform { get; init; }

    /// <summary><c>reputation: ρ</c> (reciprocity only).</summary>
    public double? Reputation { get; init; }
}
