using System.CommandLine;
using Entente.Domain;
using Entente.Models;
using Entente.Simulation.Forecasting;

namespace Entente.Cli.Commands;

/// <summary>
/// What every command that runs a model takes: the scenario, the model, its options, the rounds and the
/// seed; read and checked the same way everywhere.
/// </summary>
internal sealed class ModelInputs
{
    public Argument<string> Scenario { get; } = CommonOptions.Scenario();

    public Option<string?> Model { get; } = CommonOptions.Model();

    public Option<int?> Rounds { get; } = CommonOptions.Rounds();

    public Option<ulong> Seed { get; } = CommonOptions.Seed();

    public Option<string[]> ModelOptions { get; } = CommonOptions.ModelOptions();

    public void AddTo(Command command)
    {
        command.Arguments.Add(Scenario);
        command.Options.Add(Model);
        command.Options.Add(Rounds);
        command.Options.Add(Seed);
        command.Options.Add(ModelOptions);
    }

    /// <summary>The model options given, and the problems with the command line itself (before any file is read).</summary>
    public (IReadOnlyList<ModelOption> Options, List<string> Problems) Read(ParseResult parse)
    {
        var (options, problems) = CommonOptions.ParseModelOptions(parse.GetValue(ModelOptions));
        var all = problems.ToList();
        if (parse.GetValue(Rounds) is <= 0)
        {
            all.Add("--rounds must be a positive whole number");
        }
        return (options, all);
    }

    /// <summary>The forecast request for <paramref name="scenario"/> as the command line asks for it.</summary>
    public ForecastRequest Request(ParseResult parse, Scenario scenario, IReadOnlyList<ModelOption> options) => new()
    {
        Scenario = scenario,
        Model = parse.GetValue(Model),
        Options = options,
        Rounds = parse.GetValue(Rounds),
        Seed = parse.GetValue(Seed),
    };

    /// <summary>Prints each problem on its own line and returns the bad-input exit code.</summary>
    public static int Fail(CliConsole console, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            console.Error.WriteLine($"error: {problem}");
        }
        return ExitCodes.BadInput;
    }

    /// <summary>An unknown model or bad model options: every problem, then the bad-input exit code.</summary>
    public static int Fail(CliConsole console, ModelOptionsException e) => Fail(console, e.Problems);
}
