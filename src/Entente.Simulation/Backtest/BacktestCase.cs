using Entente.Domain;

namespace Entente.Simulation.Backtest;

/// <summary>One decision to score a forecast on: a one-issue scenario, the group it is resampled and folded with, and the actual outcome.</summary>
/// <param name="Id">The issue.</param>
/// <param name="Group">The proposal: issues of one proposal are decided together and move together in the bootstrap and the folds.</param>
/// <param name="Scenario">The issue as a scenario, capabilities already set by the chosen scheme.</param>
/// <param name="Outcome">What was decided, on the scale.</param>
public sealed record BacktestCase(string Id, string Group, Scenario Scenario, double Outcome)
{
    /// <summary>Every issue of the case's proposal in one scenario, for models that link issues; the case's own scenario when none is given.</summary>
    public Scenario? Proposal { get; init; }
}
