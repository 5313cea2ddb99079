using Entente.Application;

namespace Entente.Cli;

/// <summary>
/// Shows what the application layer refused, one line each, as the CLI always has: located problems as
/// <c>file:line:column: error: …</c>, a problem about an option as <c>error: --option …</c>, others as <c>error: …</c>.
/// </summary>
internal static class CliProblems
{
    /// <summary>Prints every problem of <paramref name="e"/> and returns the bad-input exit code.</summary>
    public static int Fail(CliConsole console, RequestException e)
    {
        ScenarioInput.Print(e.Diagnostics, console);
        return Fail(console, e.Problems);
    }

    /// <summary>Prints <paramref name="problems"/> and returns the bad-input exit code.</summary>
    public static int Fail(CliConsole console, IEnumerable<RequestProblem> problems)
    {
        foreach (var problem in problems)
        {
            console.Error.WriteLine(Text(problem));
        }
        return ExitCodes.BadInput;
    }

    /// <summary>
    /// The problems a command can see before it reads its scenario: every one but the missing scenario, which is
    /// read next (so that a bad option is reported without reading the file, as before).
    /// </summary>
    public static IReadOnlyList<RequestProblem> BeforeScenario(IReadOnlyList<RequestProblem> problems) =>
        [.. problems.Where(p => p.Field != "scenario")];

    public static string Text(RequestProblem problem)
    {
        var message = (problem.NamesField ? "--" : "") + problem.Message;
        return problem.Location is { } location ? $"{location}: error: {message}" : $"error: {message}";
    }

    /// <summary>Prints each warning as <c>warning: …</c>.</summary>
    public static void Warn(CliConsole console, IEnumerable<string> warnings)
    {
        foreach (var warning in warnings)
        {
            console.Error.WriteLine($"warning: {warning}");
        }
    }

    /// <summary>Runs a service call to completion: the CLI is one command per process, and blocks on it.</summary>
    public static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();
}
