using Entente.Domain;
using Entente.Models.VotingPower;

namespace Entente.Models.PowerCompromise;

/// <summary>
/// Options of the power-weighted compromise (<c>power-compromise</c>). The defaults were chosen by
/// cross-validation by proposal on the DEU III development split (docs/models/power-compromise.md) and are
/// fixed, not re-estimated per scenario.
/// </summary>
public sealed record PowerCompromiseOptions
{
    /// <summary>The model's name.</summary>
    public const string ModelName = "power-compromise";

    /// <summary>
    /// Group of actors that take part in the bargaining but cast no vote in the decision rule (the Commission
    /// and the Parliament beside the EU Council).
    /// </summary>
    public const string NonVotingGroup = "non-voting";

    /// <summary>Above this many voters the index is replaced by vote shares (the Penrose limit).</summary>
    public const int MaxExactVoters = 100;

    /// <summary>Which power index converts votes into weight.</summary>
    public PowerIndex Index { get; init; } = PowerIndex.Banzhaf;

    /// <summary>Exponent of salience in the weight π·s^γ; 0 leaves salience out.</summary>
    public double SalienceExponent { get; init; }

    /// <summary>A non-voting actor's weight as a multiple of the most powerful voter's index.</summary>
    public double NonVotingWeight { get; init; } = 1;

    /// <summary>Multipliers of single actors' weights, by actor id; an actor not named keeps 1.</summary>
    public IReadOnlyDictionary<string, double> Influence { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>The options both this model and <c>influence-compromise</c> take.</summary>
    internal static readonly IReadOnlyList<ModelOptionInfo> Known =
    [
        new("index", "Power index: banzhaf or shapley-shubik.", "banzhaf"),
        new("salienceExponent", "Exponent γ of salience in the weight π·s^γ (0: salience left out; 1: as in the compromise model).", "0"),
        new("nonVotingWeight", $"Weight of actors in group '{NonVotingGroup}' as a multiple of the most powerful voter's index.", "1"),
        new("influence", "Multipliers of single actors' weights as id:factor pairs separated by commas (e.g. de:2,uk:0.5); actors not named keep 1.", ""),
    ];

    /// <summary>The catalog entry.</summary>
    public static ModelDefinition Definition { get; } = new()
    {
        Name = ModelName,
        Summary = "Power-weighted compromise: the mean of positions weighted by each voter's power index under the issue's decision rule (votes = capabilities).",
        Options = Known,
        Create = text => new PowerCompromiseModel(Parse(text)),
        TuningGrid = PowerCompromiseTuning.Grid(),
    };

    /// <summary>The <c>influence</c> option's text for <paramref name="influence"/>, in actor order (how a backtest reports a fit).</summary>
    public static string FormatInfluence(IReadOnlyDictionary<string, double> influence) => InfluenceText.Format(influence);

    /// <summary>Parses options from name/value text; throws <see cref="ModelOptionsException"/> listing every problem.</summary>
    public static PowerCompromiseOptions Parse(IReadOnlyList<ModelOption> text) => Parse(text, ModelName, new Dictionary<string, double>(StringComparer.Ordinal));

    /// <summary>
    /// Parses options for <paramref name="model"/> (this model or a variant of it), whose multipliers default to
    /// <paramref name="influence"/>.
    /// </summary>
    internal static PowerCompromiseOptions Parse(IReadOnlyList<ModelOption> text, string model, IReadOnlyDictionary<string, double> influence)
    {
        var reader = new ModelOptionReader(model, text);
        var defaults = new PowerCompromiseOptions();
        var index = reader.Choice("index", "banzhaf", ["banzhaf", "shapley-shubik"]);
        var options = new PowerCompromiseOptions
        {
            Index = index == "shapley-shubik" ? PowerIndex.ShapleyShubik : PowerIndex.Banzhaf,
            SalienceExponent = reader.Double("salienceExponent", defaults.SalienceExponent),
            NonVotingWeight = reader.Double("nonVotingWeight", defaults.NonVotingWeight),
            Influence = reader.Text("influence", null) is { } given ? InfluenceText.Parse(given, reader) : influence,
        };
        if (options.SalienceExponent < 0)
        {
            reader.Problem($"option '{reader.Given("salienceExponent")}' must not be negative (got {options.SalienceExponent})");
        }
        if (options.NonVotingWeight < 0)
        {
            reader.Problem($"option '{reader.Given("nonVotingWeight")}' must not be negative (got {options.NonVotingWeight})");
        }
        reader.ThrowIfInvalid(Known);
        return options;
    }
}
