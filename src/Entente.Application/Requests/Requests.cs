using Entente.Formats;

namespace Entente.Application;

/// <summary>Checks that several requests share.</summary>
internal static class Requests
{
    /// <summary>The field every run request needs; a caller that validates before reading the scenario filters it out.</summary>
    public const string ScenarioField = "scenario";

    public static IReadOnlyList<RequestProblem> ScenarioGiven(ScenarioDocument? scenario) =>
        scenario is null ? [new RequestProblem(ScenarioField, "a scenario is required")] : [];
}
