using System.Globalization;
using Entente.Domain;

namespace Entente.Models.PowerCompromise;

/// <summary>The option grid over which a backtest tunes the power-weighted compromise by cross-validation.</summary>
internal static class PowerCompromiseTuning
{
    /// <summary>
    /// The salience exponent only (left out, rooted, or as in the compromise model): 3 candidates. The index
    /// (Banzhaf) and the institutions' weight (the strongest member's) are fixed beforehand, not tuned: with
    /// 93 proposals a grid that also tunes them selects noise (docs/models/power-compromise.md).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ModelOption>> Grid() =>
        new[] { 0, 0.5, 1 }.Select(gamma => (IReadOnlyList<ModelOption>)[new ModelOption("salienceExponent", gamma.ToString(CultureInfo.InvariantCulture))]).ToArray();
}
