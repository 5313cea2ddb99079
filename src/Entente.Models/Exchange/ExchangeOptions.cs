using Entente.Domain;

namespace Entente.Models.Exchange;

/// <summary>
/// Options of Stokman's equal-gain exchange model (<c>exchange</c>). The defaults are rule set P, the
/// public implementation <c>decide-exchange-model</c> as it is now; <c>rules=reference</c> switches to the
/// rules that reproduce more of the 2016 reference list (H2, N2, N4).
/// </summary>
public sealed record ExchangeOptions
{
    /// <summary>The model's name.</summary>
    public const string ModelName = "exchange";

    /// <summary>Number of rounds; each round realises every exchange it can.</summary>
    public int Rounds { get; init; } = 10;

    /// <summary>The run stops after the first round whose best realised exchange gains no more than this.</summary>
    public double MinGain { get; init; }

    /// <summary>How move histories follow realised exchanges (H1 or H2).</summary>
    public HistoryRule History { get; init; } = HistoryRule.Project;

    /// <summary>The compromise the outcome cap starts from.</summary>
    public CapBase CapBase { get; init; } = CapBase.Current;

    /// <summary>When the outcome cap cuts a move.</summary>
    public CapTest CapTest { get; init; } = CapTest.Crossing;

    /// <summary>What the crossing cap does when the compromise already sits on the demanding actor's position.</summary>
    public TargetReached AtTarget { get; init; } = TargetReached.NoRoom;

    /// <summary>Whether an actor exactly on the compromise counts as left of it (P) or right (the 2016 code).</summary>
    public bool StrictLeft { get; init; }

    /// <summary>How next-round starting positions follow the voting positions.</summary>
    public StartRule Start { get; init; } = StartRule.Salience;

    /// <summary>The weight of the voting position under <see cref="StartRule.Fixed"/>.</summary>
    public double StartWeight { get; init; } = 0.5;

    private static readonly IReadOnlyList<ModelOptionInfo> Known =
    [
        new("rounds", "Number of rounds.", "10"),
        new("minGain", "Stop after the first round whose best exchange gains no more than this.", "0"),
        new("rules", "Preset: project (decide-exchange-model now), fixed (with H2), reference (H2, N2, N4: closest to the 2016 list).", "project"),
        new("history", "Move history after a realised exchange: project (H1) or realised (H2).", "project"),
        new("capBase", "Base of the outcome cap: current (supplier at its current position) or book (N2).", "current"),
        new("capTest", "Outcome cap test: crossing or endpoint (N4).", "crossing"),
        new("atTarget", "Crossing cap when the compromise already sits on the target: noroom or nocap.", "noroom"),
        new("left", "An actor on the compromise is left of it: inclusive (<=) or strict (<, the 2016 code).", "inclusive"),
        new("start", "Next starting positions: salience (w = 0.4(1 − s) + 0.1), voting (w = 1) or fixed (w = startWeight).", "salience"),
        new("startWeight", "Weight of the voting position when start=fixed, from 0 to 1.", "0.5"),
    ];

    /// <summary>The catalog entry.</summary>
    public static ModelDefinition Definition { get; } = new()
    {
        Name = ModelName,
        LinksIssues = true,
        Summary = "Stokman's exchange model: actors trade concessions across issues at equal gain, round by round.",
        Options = Known,
        Create = text => new ExchangeModel(Parse(text)),
    };

    /// <summary>Parses options from name/value text; throws <see cref="ModelOptionsException"/> listing every problem.</summary>
    public static ExchangeOptions Parse(IReadOnlyList<ModelOption> text)
    {
        var reader = new ModelOptionReader(ModelName, text);
        var preset = reader.Choice("rules", "project", ["project", "fixed", "reference"]);
        var defaults = preset switch
        {
            "fixed" => new ExchangeOptions { History = HistoryRule.Realised },
            "reference" => new ExchangeOptions { History = HistoryRule.Realised, CapBase = CapBase.Book, CapTest = CapTest.EndPoint },
            _ => new ExchangeOptions(),
        };
        var options = new ExchangeOptions
        {
            Rounds = reader.Int("rounds", defaults.Rounds),
            MinGain = reader.Double("minGain", defaults.MinGain),
            History = reader.Choice("history", Name(defaults.History), ["project", "realised"]) == "realised" ? HistoryRule.Realised : HistoryRule.Project,
            CapBase = reader.Choice("capBase", Name(defaults.CapBase), ["current", "book"]) == "book" ? CapBase.Book : CapBase.Current,
            CapTest = reader.Choice("capTest", Name(defaults.CapTest), ["crossing", "endpoint"]) == "endpoint" ? CapTest.EndPoint : CapTest.Crossing,
            AtTarget = reader.Choice("atTarget", Name(defaults.AtTarget), ["noroom", "nocap"]) == "nocap" ? TargetReached.NoCap : TargetReached.NoRoom,
            StrictLeft = reader.Choice("left", "inclusive", ["inclusive", "strict"]) == "strict",
            Start = reader.Choice("start", "salience", ["salience", "voting", "fixed"]) switch
            {
                "voting" => StartRule.Voting,
                "fixed" => StartRule.Fixed,
                _ => StartRule.Salience,
            },
            StartWeight = reader.Double("startWeight", defaults.StartWeight),
        };
        options.Check(reader);
        reader.ThrowIfInvalid(Known);
        return options;
    }

    private void Check(ModelOptionReader reader)
    {
        if (RoundLimit.Problem(Rounds) is { } rounds)
        {
            reader.Problem($"option 'rounds' {rounds}");
        }
        if (MinGain < 0)
        {
            reader.Problem($"option 'minGain' must not be negative (got {MinGain})");
        }
        if (StartWeight is < 0 or > 1)
        {
            reader.Problem($"option 'startWeight' must lie from 0 to 1 (got {StartWeight})");
        }
    }

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
