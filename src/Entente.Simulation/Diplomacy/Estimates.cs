namespace Entente.Simulation.Diplomacy;

/// <summary>A probability over the Monte Carlo trials: the nominal run's 0 or 1, the share of trials, and its Wilson 90% interval.</summary>
/// <param name="Nominal">1 if the event happened in the nominal run (nominal types), else 0.</param>
/// <param name="Mean">The share of trials in which it happened.</param>
/// <param name="Low">The Wilson 90% interval's lower end.</param>
/// <param name="High">Its upper end.</param>
public sealed record ProbabilityEstimate(double Nominal, double Mean, double Low, double High);

/// <summary>A quantity over the trials: nominal value, mean and the 5%, 50% and 95% quantiles (type 7).</summary>
/// <param name="Nominal">The nominal run's value.</param>
/// <param name="Mean">The mean over trials.</param>
/// <param name="P5">5% quantile.</param>
/// <param name="P50">Median.</param>
/// <param name="P95">95% quantile.</param>
public sealed record RangeEstimate(double Nominal, double Mean, double P5, double P50, double P95);

/// <summary>One focal dyad's probability of escalating within the run.</summary>
/// <param name="A">One actor.</param>
/// <param name="B">The other.</param>
/// <param name="Escalation">The probability.</param>
public sealed record DyadEstimate(string A, string B, ProbabilityEstimate Escalation);

/// <summary>One negotiation's probability of closing with a deal by its deadline (or the run's end).</summary>
/// <param name="Id">The negotiation.</param>
/// <param name="Deal">The probability.</param>
public sealed record NegotiationEstimate(string Id, ProbabilityEstimate Deal);

/// <summary>One issue's forecast over the trials.</summary>
/// <param name="Id">The issue.</param>
/// <param name="Forecast">The forecast.</param>
public sealed record IssueEstimate(string Id, RangeEstimate Forecast);

/// <summary>How often a commitment was honoured when tested, over the trials in which it was tested.</summary>
/// <param name="Signal">The signal that created it.</param>
/// <param name="Tested">In how many trials it was tested.</param>
/// <param name="Honour">The probability that it was honoured, given a test.</param>
public sealed record DecisionEstimate(string Signal, int Tested, ProbabilityEstimate Honour);

/// <summary>
/// What a forecast record keeps for a later calibration record (specification §13): the scenario's hash, the seed,
/// the number of trials, and the headline figures with their nominal values, means and quantiles.
/// </summary>
/// <param name="ScenarioHash">SHA-256 of the scenario as run (its JSON form), hex.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Trials">N.</param>
/// <param name="Escalation">P(any focal dyad escalates).</param>
/// <param name="Issues">Each issue's forecast.</param>
public sealed record ForecastRecord(string ScenarioHash, ulong Seed, int Trials, ProbabilityEstimate Escalation, IReadOnlyList<IssueEstimate> Issues);

/// <summary>The diplomacy layer's Monte Carlo over types (specification §12): every headline with its interval.</summary>
public sealed record DiplomacyMonteCarlo
{
    /// <summary>N.</summary>
    public required int Trials { get; init; }

    /// <summary>The seed of the named streams.</summary>
    public required ulong Seed { get; init; }

    /// <summary>P(any focal dyad escalates within the run): the headline.</summary>
    public required ProbabilityEstimate Escalation { get; init; }

    /// <summary>Per focal dyad.</summary>
    public required IReadOnlyList<DyadEstimate> Dyads { get; init; }

    /// <summary>Round by round: the probability that the first escalation happens in that round, given none before.</summary>
    public required IReadOnlyList<double> Hazard { get; init; }

    /// <summary>Per negotiation.</summary>
    public required IReadOnlyList<NegotiationEstimate> Negotiations { get; init; }

    /// <summary>Per issue.</summary>
    public required IReadOnlyList<IssueEstimate> Issues { get; init; }

    /// <summary>Per commitment: how often it was honoured when tested.</summary>
    public required IReadOnlyList<DecisionEstimate> Decisions { get; init; }

    /// <summary>The forecast record.</summary>
    public required ForecastRecord Record { get; init; }

    /// <summary>The headlines in words, with their intervals, to follow the nominal run's narrative.</summary>
    public IReadOnlyList<string> Narrative
    {
        get
        {
            static string P(ProbabilityEstimate p) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Mean:0.###} (90% {p.Low:0.###} to {p.High:0.###})");
            var lines = new List<string>
            {
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Over {Trials} draws of the actors' types from the priors (seed {Seed}): the probability that some focal dyad escalates is {P(Escalation)}."),
            };
            lines.AddRange(Negotiations.Select(n => $"The negotiation '{n.Id}' closes with a deal with probability {P(n.Deal)}."));
            lines.AddRange(Decisions.Where(d => d.Tested > 0).Select(d => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"'{d.Signal}' is honoured when tested with probability {P(d.Honour)} (tested in {d.Tested} of {Trials} draws).")));
            return lines;
        }
    }
}
