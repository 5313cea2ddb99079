using Entente.Domain;

namespace Entente.Formats.Importers.Deu;

/// <summary>One contested issue of a DEU table: a one-issue scenario with what the table says about its proposal and outcome.</summary>
public sealed record DeuIssue
{
    /// <summary>The issue's id (<c>isnr</c>), also the id of the scenario's only issue.</summary>
    public required string Id { get; init; }

    /// <summary>The proposal (<c>prnr</c>) the issue belongs to; issues of one proposal are decided together.</summary>
    public required string ProposalId { get; init; }

    /// <summary>The legislative procedure (<c>proc</c>): COD (co-decision) or CNS (consultation).</summary>
    public required string Procedure { get; init; }

    /// <summary>The Council's voting rule as written (<c>counvte</c>): QMV or Unan.</summary>
    public required string CouncilRule { get; init; }

    /// <summary>When the Commission introduced the proposal, if the table says.</summary>
    public DateOnly? Introduced { get; init; }

    /// <summary>When the final act was adopted, if it was and the table says.</summary>
    public DateOnly? FinalAct { get; init; }

    /// <summary>The date that fixes the Council's voting regime: the final act, else the introduction.</summary>
    public DateOnly? DecisionDate => FinalAct ?? Introduced;

    /// <summary>The actual outcome on 0-100 (<c>out</c>), or null where unknown.</summary>
    public double? Outcome { get; init; }

    /// <summary>The issue as a one-issue scenario: every actor with capability 1, stances where the actor took a position.</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>The issue's line in the file.</summary>
    public required int Line { get; init; }
}
