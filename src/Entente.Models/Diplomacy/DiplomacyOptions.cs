using Entente.Domain;
using Entente.Models.ExpectedUtility;

namespace Entente.Models.Diplomacy;

/// <summary>Options of <c>eum-diplomacy</c>: the EUM's, and how many drivers the explanation lists.</summary>
public sealed record DiplomacyOptions
{
    /// <summary>The model's name.</summary>
    public const string ModelName = "eum-diplomacy";

    /// <summary>The options of the underlying EUM.</summary>
    public ExpectedUtilityOptions Eum { get; init; } = new();

    /// <summary>How many drivers the explanation lists (each costs a re-run per candidate); 0 leaves the explanation out.</summary>
    public int Explain { get; init; } = 5;

    private static readonly ModelOptionInfo ExplainInfo = new("explain", "How many drivers (signals, events, commitments, offers) the explanation lists, measured by re-running without each; 0 for none.", "5");

    /// <summary>The catalog entry.</summary>
    public static ModelDefinition Definition { get; } = new()
    {
        Name = ModelName,
        Summary = "The expected utility model with the diplomacy layer: perceptions, signals, audience costs, reputation, commitments, coalitions, factions, summits and deadlines.",
        Options = [.. ExpectedUtilityOptions.Definition.Options, ExplainInfo],
        Create = text => new DiplomacyModel(Parse(text)),
    };

    /// <summary>Parses options; throws <see cref="ModelOptionsException"/> listing every problem.</summary>
    public static DiplomacyOptions Parse(IReadOnlyList<ModelOption> text)
    {
        var reader = new ModelOptionReader(ModelName, text.Where(o => o.Name.Equals("explain", StringComparison.OrdinalIgnoreCase)));
        var explain = reader.Int("explain", 5);
        if (explain < 0)
        {
            reader.Problem($"option 'explain' must be 0 or more (got {explain})");
        }
        reader.ThrowIfInvalid([ExplainInfo]);
        var eum = ExpectedUtilityOptions.Parse(text.Where(o => !o.Name.Equals("explain", StringComparison.OrdinalIgnoreCase)).ToArray(), EumVariant.Bdm, ModelName);
        return new DiplomacyOptions { Eum = eum, Explain = explain };
    }
}
