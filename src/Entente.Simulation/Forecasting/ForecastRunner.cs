using System.Diagnostics;
using Entente.Domain;
using Entente.Models;

namespace Entente.Simulation.Forecasting;

/// <summary>
/// Runs one forecast: resolves which model and options apply, runs the model, and times it.
/// Recording and display are left to the caller.
/// </summary>
public static class ForecastRunner
{
    /// <summary>
    /// The model that applies: the command line's, else the scenario's, else <see cref="ModelCatalog.DefaultModel"/>.
    /// </summary>
    public static string ResolveModel(ForecastRequest request) =>
        request.Model ?? request.Scenario.Model?.Name ?? ModelCatalog.DefaultModel;

    /// <summary>
    /// The options that apply: the scenario's options when it names the same model, then the command line's,
    /// a later value of a name replacing an earlier one.
    /// </summary>
    public static IReadOnlyList<ModelOption> ResolveOptions(ForecastRequest request, string model)
    {
        var options = new List<ModelOption>();
        if (request.Scenario.Model is { } settings && string.Equals(settings.Name, model, StringComparison.OrdinalIgnoreCase))
        {
            options.AddRange(settings.Options);
        }
        foreach (var option in request.Options)
        {
            options.RemoveAll(o => string.Equals(o.Name, option.Name, StringComparison.OrdinalIgnoreCase));
            options.Add(option);
        }
        // --rounds wins over a rounds option of the scenario or the command line: the options shown are the ones run.
        if (request.Rounds is { } rounds)
        {
            for (var i = 0; i < options.Count; i++)
            {
                if (IsRoundsOption(options[i].Name))
                {
                    options[i] = options[i] with { Value = rounds.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                }
            }
        }
        return options;
    }

    /// <summary>Whether an option sets the rounds that <see cref="ForecastRequest.Rounds"/> overrides (rounds, maxRounds).</summary>
    public static bool IsRoundsOption(string name) =>
        name.Equals("rounds", StringComparison.OrdinalIgnoreCase) || name.Equals("maxRounds", StringComparison.OrdinalIgnoreCase)
        || name.Equals("max-rounds", StringComparison.OrdinalIgnoreCase);

    /// <summary>The diplomacy Monte Carlo's trials: the request's, else the scenario's, else the default.</summary>
    public static int TrialsFor(ForecastRequest request) =>
        request.Trials ?? request.Scenario.Strategic?.MonteCarlo?.Trials ?? Diplomacy.TypeMonteCarlo.DefaultTrials;

    /// <summary>The diplomacy Monte Carlo's seed: the request's when given (non-zero), else the scenario's, else 1.</summary>
    public static ulong SeedFor(ForecastRequest request) =>
        request.Seed != 0 ? request.Seed : request.Scenario.Strategic?.MonteCarlo?.Seed ?? 1;

    /// <summary>
    /// Runs the forecast. Throws <see cref="ModelOptionsException"/> for an unknown model or bad options.
    /// </summary>
    public static ForecastRun Run(ForecastRequest request, IRoundObserver? observer = null, CancellationToken cancellation = default)
    {
        var model = ResolveModel(request);
        var options = ResolveOptions(request, model);
        var instance = ModelCatalog.Create(model, options);
        var context = new ModelRunContext
        {
            Seed = request.Seed,
            Rounds = request.Rounds,
            Dyads = request.Dyads,
            Observer = observer,
            Cancellation = cancellation,
            Loops = ParallelLoops.Instance,
            Accelerator = request.Accelerator,
        };

        var clock = Stopwatch.StartNew();
        var result = instance.Run(request.Scenario, context);
        // The diplomacy layer's headlines come with intervals over types (§12): on by default.
        Diplomacy.DiplomacyMonteCarlo? monteCarlo = null;
        IReadOnlyList<ForecastResult>? trials = null;
        if (result.Strategic is not null && TrialsFor(request) is > 0 and var n)
        {
            (monteCarlo, trials) = Diplomacy.TypeMonteCarlo.RunWithTrials(request.Scenario, model, options, result, SeedFor(request), n, request.Rounds, cancellation: cancellation);
        }
        clock.Stop();

        return new ForecastRun
        {
            Scenario = request.Scenario,
            Model = instance.Name,
            Options = options,
            Seed = request.Seed,
            Rounds = request.Rounds,
            Result = result,
            MonteCarlo = monteCarlo,
            Trials = trials,
            Elapsed = clock.Elapsed,
        };
    }
}
