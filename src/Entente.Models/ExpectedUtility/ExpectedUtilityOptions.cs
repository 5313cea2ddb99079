using Entente.Domain;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// Options of the expected utility model (<c>eum</c>, variant bdm; <c>eum-scholz</c>, variant scholz).
/// See docs/models/eum.md and the specification for what each one does.
/// </summary>
public sealed record ExpectedUtilityOptions
{
    /// <summary>Name of the corrected model.</summary>
    public const string ModelName = "eum";

    /// <summary>Name of the published reconstruction.</summary>
    public const string ScholzModelName = "eum-scholz";

    /// <summary>The variant; bdm unless the model is eum-scholz or the option says otherwise.</summary>
    public EumVariant Variant { get; init; } = EumVariant.Bdm;

    /// <summary>Q, the weight of "nothing changes" in the status-quo term (0-1).</summary>
    public double Q { get; init; } = 1.0;

    /// <summary>T, the chance that the status quo gets better rather than worse (0-1); matters only when Q &lt; 1.</summary>
    public double T { get; init; } = 1.0;

    /// <summary>The fixed number of rounds of the scholz variant.</summary>
    public int Rounds { get; init; } = 10;

    /// <summary>bdm stops when the largest move of a round is below Tolerance × Δ (the initial spread of positions).</summary>
    public double Tolerance { get; init; } = 0.001;

    /// <summary>bdm stops after this many rounds if it has not converged.</summary>
    public int MaxRounds { get; init; } = 100;

    private static readonly IReadOnlyList<ModelOptionInfo> Known =
    [
        new("variant", "bdm (corrected, iterate to convergence) or scholz (the 2011 reconstruction, fixed rounds).", "bdm (eum), scholz (eum-scholz)"),
        new("q", "Q: weight of the status quo staying as it is, 0-1.", "1"),
        new("t", "T: chance the status quo gets better rather than worse, 0-1.", "1"),
        new("rounds", "Number of rounds of the scholz variant.", "10"),
        new("tolerance", "bdm converges when the largest move of a round is below tolerance × the initial spread of positions.", "0.001"),
        new("maxRounds", "Most rounds bdm runs before it stops unconverged.", "100"),
    ];

    /// <summary>The catalog entry of <c>eum</c> (variant bdm unless told otherwise).</summary>
    public static ModelDefinition Definition { get; } = new()
    {
        Name = ModelName,
        Summary = "Expected utility model (Bueno de Mesquita), corrected: actors trade offers round by round until positions settle.",
        Options = Known,
        Create = text => new ExpectedUtilityModel(ModelName, Parse(text, EumVariant.Bdm, ModelName)),
    };

    /// <summary>The catalog entry of <c>eum-scholz</c> (variant scholz).</summary>
    public static ModelDefinition ScholzDefinition { get; } = new()
    {
        Name = ScholzModelName,
        Summary = "Expected utility model as reconstructed by Scholz et al. (2011), for a fixed number of rounds.",
        Options = Known,
        Create = text => new ExpectedUtilityModel(ScholzModelName, Parse(text, EumVariant.Scholz, ScholzModelName)),
    };

    /// <summary>Parses options from name/value text; throws <see cref="ModelOptionsException"/> listing every problem.</summary>
    /// <param name="text">The options as written.</param>
    /// <param name="variant">The variant when the text names none.</param>
    /// <param name="model">The model name used in messages.</param>
    public static ExpectedUtilityOptions Parse(IReadOnlyList<ModelOption> text, EumVariant variant = EumVariant.Bdm, string model = ModelName)
    {
        var reader = new ModelOptionReader(model, text);
        var defaults = new ExpectedUtilityOptions();
        var variantName = reader.Choice("variant", variant == EumVariant.Scholz ? "scholz" : "bdm", ["bdm", "scholz"]);
        var options = new ExpectedUtilityOptions
        {
            Variant = variantName == "scholz" ? EumVariant.Scholz : EumVariant.Bdm,
            Q = reader.Double("q", defaults.Q),
            T = reader.Double("t", defaults.T),
            Rounds = reader.Int("rounds", defaults.Rounds),
            Tolerance = reader.Double("tolerance", defaults.Tolerance),
            MaxRounds = reader.Int("maxRounds", defaults.MaxRounds),
        };
        options.Check(reader);
        reader.ThrowIfInvalid(Known);
        return options;
    }

    private void Check(ModelOptionReader reader)
    {
        if (Q is < 0 or > 1)
        {
            reader.Problem($"option 'q' must be between 0 and 1 (got {Q})");
        }
        if (T is < 0 or > 1)
        {
            reader.Problem($"option 't' must be between 0 and 1 (got {T})");
        }
        if (RoundLimit.Problem(Rounds) is { } rounds)
        {
            reader.Problem($"option 'rounds' {rounds}");
        }
        if (Tolerance is <= 0 or >= 1)
        {
            reader.Problem($"option 'tolerance' must be above 0 and below 1 (got {Tolerance})");
        }
        if (RoundLimit.Problem(MaxRounds) is { } maxRounds)
        {
            reader.Problem($"option 'maxRounds' {maxRounds}");
        }
    }
}
