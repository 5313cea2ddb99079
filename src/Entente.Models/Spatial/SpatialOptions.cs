using Entente.Domain;

namespace Entente.Models.Spatial;

/// <summary>
/// Options of the spatial model of politics (<c>smp</c>), KTAB's SMP: its options under their KTAB
/// names with KTAB's defaults. See docs/models/smp.md for what each one does.
/// </summary>
public sealed record SpatialOptions
{
    /// <summary>The model's name.</summary>
    public const string ModelName = "smp";

    /// <summary>How coalition strengths become victory probabilities.</summary>
    public VictoryModel VictoryModel { get; init; } = VictoryModel.Linear;

    /// <summary>How differences in utility become votes, in coalitions and in the bargain vote.</summary>
    public VotingRule VotingRule { get; init; } = VotingRule.Prop;

    /// <summary>How pairwise victory probabilities become probabilities of prevailing.</summary>
    public PceModel PceModel { get; init; } = PceModel.Conditional;

    /// <summary>Whether each actor's bargain is the most probable one or a seeded draw.</summary>
    public StateTransition StateTransition { get; init; } = StateTransition.Deterministic;

    /// <summary>The range of the risk attitudes inferred from win probabilities.</summary>
    public BigRRange BigRRange { get; init; } = BigRRange.Mid;

    /// <summary>How far an actor's estimate of another's risk attitude leans towards the true one.</summary>
    public BigRAdjust BigRAdjust { get; init; } = BigRAdjust.OneThird;

    /// <summary>What third parties expect to give up when they join a side.</summary>
    public ThirdPartyCommit ThirdPartyCommit { get; init; } = ThirdPartyCommit.SemiCommit;

    /// <summary>How the positions of a bargain are interpolated per dimension.</summary>
    public VectorInterpolation Interpolation { get; init; } = VectorInterpolation.S2P2;

    /// <summary>Whose view of the contest bargains are interpolated from.</summary>
    public BargainingModel BargainingModel { get; init; } = BargainingModel.InitOnlyInterp;

    /// <summary>Stop once a turn's change is below this fraction of the first turn's change.</summary>
    public double StopFraction { get; init; } = 0.02;

    /// <summary>Turns run before the stopping fraction is checked.</summary>
    public int MinTurns { get; init; } = 2;

    /// <summary>Turns after which the run stops in any case.</summary>
    public int MaxTurns { get; init; } = 100;

    /// <summary>
    /// False reproduces KTAB's defects in the InitRcvrInterp and PWCompInterp bargaining models; true
    /// corrects them (see docs/models/smp.md). The default bargaining model is not affected.
    /// </summary>
    public bool Corrected { get; init; }

    private static readonly IReadOnlyList<ModelOptionInfo> Known =
    [
        new("victoryModel", "Victory probability from coalition strengths: " + Names<VictoryModel>() + ".", "Linear"),
        new("votingRule", "Vote from a difference in utility: " + Names<VotingRule>() + ".", "Prop"),
        new("pceModel", "Probability of coalition equilibrium: " + Names<PceModel>() + ".", "Conditional"),
        new("stateTransition", "Bargain picked as the most probable or drawn from the seed: " + Names<StateTransition>() + ".", "Deterministic"),
        new("bigRRange", "Range of inferred risk attitudes: Min [0, 1], Mid [-1/2, 1], Max [-1, 1].", "Mid"),
        new("bigRAdjust", "How h estimates i's risk attitude: " + Names<BigRAdjust>() + ".", "OneThird"),
        new("thirdPartyCommit", "What a third party gives up on joining a side: " + Names<ThirdPartyCommit>() + ".", "SemiCommit"),
        new("interpolation", "Interpolation of vector bargains: " + Names<VectorInterpolation>() + ".", "S2P2"),
        new("bargainingModel", "Whose view bargains come from: " + Names<BargainingModel>() + ".", "InitOnlyInterp"),
        new("stopFraction", "Stop when a turn changes positions by less than this fraction of the first turn's change.", "0.02"),
        new("minTurns", "Turns before the stopping fraction is checked.", "2"),
        new("maxTurns", "Turns after which the run stops in any case.", "100"),
        new("corrected", "true corrects KTAB's defects in the InitRcvrInterp and PWCompInterp bargaining models.", "false"),
    ];

    /// <summary>The catalog entry.</summary>
    public static ModelDefinition Definition { get; } = new()
    {
        Name = ModelName,
        LinksIssues = true,
        Summary = "Spatial model of politics (KTAB's SMP): multi-dimensional bargaining turn by turn, with probabilities of prevailing.",
        Options = Known,
        Create = text => new SpatialModel(Parse(text)),
    };

    /// <summary>Parses options from name/value text; throws <see cref="ModelOptionsException"/> listing every problem.</summary>
    public static SpatialOptions Parse(IReadOnlyList<ModelOption> text)
    {
        var reader = new ModelOptionReader(ModelName, text);
        var defaults = new SpatialOptions();
        var options = new SpatialOptions
        {
            VictoryModel = Enum<VictoryModel>(reader, "victoryModel", defaults.VictoryModel),
            VotingRule = Enum<VotingRule>(reader, "votingRule", defaults.VotingRule),
            PceModel = Enum<PceModel>(reader, "pceModel", defaults.PceModel),
            StateTransition = Enum<StateTransition>(reader, "stateTransition", defaults.StateTransition),
            BigRRange = Enum<BigRRange>(reader, "bigRRange", defaults.BigRRange),
            BigRAdjust = Enum<BigRAdjust>(reader, "bigRAdjust", defaults.BigRAdjust),
            ThirdPartyCommit = Enum<ThirdPartyCommit>(reader, "thirdPartyCommit", defaults.ThirdPartyCommit),
            Interpolation = Enum<VectorInterpolation>(reader, "interpolation", defaults.Interpolation),
            BargainingModel = Enum<BargainingModel>(reader, "bargainingModel", defaults.BargainingModel),
            StopFraction = reader.Double("stopFraction", defaults.StopFraction),
            MinTurns = reader.Int("minTurns", defaults.MinTurns),
            MaxTurns = reader.Int("maxTurns", defaults.MaxTurns),
            Corrected = reader.Choice("corrected", "false", ["false", "true"]) == "true",
        };
        options.Check(reader);
        reader.ThrowIfInvalid(Known);
        return options;
    }

    private void Check(ModelOptionReader reader)
    {
        if (StopFraction is <= 0 or >= 1)
        {
            reader.Problem($"option 'stopFraction' must be above 0 and below 1 (got {StopFraction})");
        }
        if (MinTurns < 1)
        {
            reader.Problem($"option 'minTurns' must be at least 1 (got {MinTurns})");
        }
        if (RoundLimit.Problem(MaxTurns) is { } maxTurns)
        {
            reader.Problem($"option 'maxTurns' {maxTurns}");
        }
        if (MinTurns > MaxTurns)
        {
            reader.Problem($"option 'minTurns' ({MinTurns}) must not exceed 'maxTurns' ({MaxTurns})");
        }
    }

    private static T Enum<T>(ModelOptionReader reader, string name, T fallback) where T : struct, Enum =>
        System.Enum.Parse<T>(reader.Choice(name, fallback.ToString(), System.Enum.GetNames<T>()));

    private static string Names<T>() where T : struct, Enum => string.Join(", ", System.Enum.GetNames<T>());
}
