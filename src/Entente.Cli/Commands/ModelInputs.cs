using System.CommandLine;
using Entente.Application;
using Entente.Domain;

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

    /// <summary>
    /// The model as the command line chooses it, and the problems of the <c>--option</c> pairs themselves (which only
    /// the command line can have: a request holds them parsed).
    /// </summary>
    public (ModelChoice Choice, IReadOnlyList<RequestProblem> Problems) Read(ParseResult parse)
    {
        var (options, problems) = CommonOptions.ParseModelOptions(parse.GetValue(ModelOptions));
        var choice = new ModelChoice
        {
            Model = parse.GetValue(Model),
            Options = options,
            Rounds = parse.GetValue(Rounds),
            Seed = parse.GetValue(Seed),
        };
        return (choice, [.. problems.Select(p => new RequestProblem("option", p))]);
    }

    /// <summary>
    /// The problems of a request before its scenario is read, after those of the <c>--option</c> pairs; printed, they
    /// end the command with the bad-input exit code (returned), else null.
    /// </summary>
    public static int? FailEarly(CliConsole console, IReadOnlyList<RequestProblem> optionProblems, IReadOnlyList<RequestProblem> requestProblems)
    {
        var all = optionProblems.Concat(CliProblems.BeforeScenario(requestProblems)).ToList();
        return all.Count > 0 ? CliProblems.Fail(console, all) : null;
    }
}
