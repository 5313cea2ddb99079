namespace Entente.Models;

/// <summary>What a run needs beyond the scenario and the model's options.</summary>
public sealed record ModelRunContext
{
    /// <summary>Seed of every random draw the run makes.</summary>
    public ulong Seed { get; init; }

    /// <summary>
    /// The Monte Carlo trial this run is, when it is one: models that draw per run (a commitment honoured
    /// with probability w) key their draws by (<see cref="Seed"/>, trial); null for a single run.
    /// </summary>
    public ulong? Trial { get; init; }

    /// <summary>
    /// A trial's result keeps what Monte Carlo reads (forecasts, positions round by round, a layer's record) and
    /// leaves out what only a single run's reader looks at: offers, risk exponents, dyads and the explanation.
    /// Building those for thousands of trials that drop them cost more than the model's own arithmetic.
    /// </summary>
    internal bool IsLean => Trial is not null;

    /// <summary>Number of rounds asked for on the command line; overrides the model's own setting when given.</summary>
    public int? Rounds { get; init; }

    /// <summary>
    /// Which rounds keep their dyad table in a single run's result (none by default); a trial keeps none whatever
    /// this says.
    /// </summary>
    public DyadSelection Dyads { get; init; }

    /// <summary>Told after each round of each issue (for progress); never used to record results.</summary>
    public IRoundObserver? Observer { get; init; }

    /// <summary>Cancels a long run between rounds.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Runs a model's independent loop iterations: on several cores when the caller owns them, else in turn.</summary>
    public ILoopRunner Loops { get; init; } = SequentialLoops.Instance;

    /// <summary>A device the model may hand its heaviest step to; null to run everything here.</summary>
    public IModelAccelerator? Accelerator { get; init; }

    /// <summary>A context with seed 0 and no observer.</summary>
    public static ModelRunContext Default { get; } = new();
}

/// <summary>Receives a notice after each completed round, to drive progress displays.</summary>
public interface IRoundObserver
{
    /// <summary>Called after round <paramref name="round"/> of issue <paramref name="issueId"/>.</summary>
    void RoundCompleted(string issueId, int round);

    /// <summary>
    /// Called after round <paramref name="round"/> of a model whose rounds span every issue at once (the exchange
    /// model). By default it is reported as a round of an issue named "all issues".
    /// </summary>
    void ScenarioRoundCompleted(int round) => RoundCompleted("all issues", round);
}
