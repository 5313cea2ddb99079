using Entente.Domain;
using Entente.Domain.Eu;
using Entente.Formats.Text;

namespace Entente.Formats.Importers.Deu;

/// <summary>Reads one issue row of a DEU table into a one-issue scenario, reporting each bad cell where it stands.</summary>
internal static class DeuRowReader
{
    // unterminated: the row is the file's last line and no line end follows it (a file cut mid-row, if it is short).
    public static DeuIssue? Read(Row row, int headerCount, DeuColumns columns, DiagnosticBag bag, bool unterminated = false)
    {
        var before = bag.Count;
        if (row.Count > headerCount)
        {
            bag.Error(row.Cells[headerCount], "", $"the row has {row.Count} cells but the header names {headerCount} columns");
        }
        else if (row.Count < headerCount && unterminated)
        {
            // Trailing empty cells are left out of a row, so a short row is normal; but a last row with no line end
            // and fewer cells than the header is a table cut mid-row, which would otherwise be scored on what is left.
            bag.Error(row.At(row.Count), "", $"the row has {row.Count} cells but the header names {headerCount} columns: the row is cut short");
            return null;
        }
        var proposal = Text(row, columns, "prnr", bag);
        var id = Text(row, columns, "isnr", bag);
        var procedure = Text(row, columns, "proc", bag);
        if (procedure.Length > 0 && procedure is not ("COD" or "CNS"))
        {
            // The procedure decides whether the Parliament co-legislates: an unknown code must not pass as consultation.
            bag.Error(row.At(columns.Index["proc"]), "proc", $"'{DeuImporter.Clip(procedure)}' is not a legislative procedure (COD or CNS)");
        }
        var rule = Text(row, columns, "counvte", bag);
        var decisionRuleCell = row.At(columns.Index["counvte"]);
        if (rule.Length > 0 && !DeuVotingRules.IsCanonical(rule))
        {
            if (DeuVotingRules.Read(rule) is { } read)
            {
                // Read, but said: a variant must never pass unnoticed.
                bag.Add(new Diagnostic(bag.File, decisionRuleCell.Line, decisionRuleCell.Column, "counvte",
                    $"'{DeuImporter.Clip(rule)}' read as {read}", Domain.Validation.Severity.Warning));
                rule = read;
            }
            else
            {
                bag.Error(decisionRuleCell, "counvte",
                    $"'{DeuImporter.Clip(rule)}' is not a Council voting rule (QMV or Unan, or a variant such as QMV(10), Unanimity or qualified majority)");
            }
        }
        var introduced = Date(row, columns, "intro", DeuDates.ProposalYear(proposal), bag);
        var finalAct = Date(row, columns, "finact", introduced, bag);
        var referencePoint = Optional(row, columns.Index["rp"], "rp", bag);
        var outcome = Optional(row, columns.Index["out"], "out", bag);

        var stances = new List<Stance>();
        foreach (var (actor, _) in DeuActors.All)
        {
            var positionCell = row.At(columns.Position[actor]);
            var position = Optional(row, columns.Position[actor], "p" + actor, bag);
            var salience = Optional(row, columns.Salience[actor], "s" + actor, bag);
            if (position is { } x && positionCell.Text.Length > 0)
            {
                stances.Add(new Stance { ActorId = actor, IssueId = id, Position = x, Salience = salience ?? DeuImporter.MissingSalience });
            }
        }
        if (stances.Count == 0 && !bag.Items.Skip(before).Any(d => d.Severity == Domain.Validation.Severity.Error))
        {
            var first = DeuActors.All[0].Id;
            bag.Error(row.At(columns.Position[first]), "p" + first, "the issue has no positions: at least one actor must take one");
        }
        if (bag.Items.Skip(before).Any(d => d.Severity == Domain.Validation.Severity.Error))
        {
            return null;
        }

        var issueDate = finalAct ?? introduced;
        var regime = CouncilRegimes.At(issueDate);
        // The proposal's name; forecasts show the issue's id beside it.
        var name = columns.ProposalName is { } n && row.TextAt(n).Length > 0 ? row.TextAt(n) : id;
        var scenario = new Scenario
        {
            Name = id,
            Description = $"DEU issue {id} of proposal {proposal} ({procedure}, Council {rule}).",
            SalienceScale = SalienceScale.Percent,
            Actors = new(CouncilActors(regime, procedure, stances)),
            Issues = new([new Issue
            {
                Id = id,
                Name = name,
                Scale = IssueScale.Percent,
                StatusQuo = referencePoint,
                DecisionRule = rule == "QMV" ? regime.Rule : DecisionRule.Consensus,
            }]),
            Stances = new(stances),
        };
        return new DeuIssue
        {
            Id = id,
            ProposalId = proposal,
            Procedure = procedure,
            CouncilRule = rule,
            Introduced = introduced,
            FinalAct = finalAct,
            Outcome = outcome,
            Scenario = scenario,
            Line = row.Line,
        };
    }

    /// <summary>
    /// The Council of the day with its votes as capabilities (treaty votes, or population in thousands under
    /// the double majority), and the Commission and the Parliament, who bargain without a Council vote, at
    /// the largest member's figure (the GDP line's convention). A state that was not yet a member appears
    /// only if the table gives it a position, then as a non-voting observer at the smallest member's figure.
    /// </summary>
    private static IEnumerable<Actor> CouncilActors(CouncilRegime regime, string procedure, List<Stance> stances)
    {
        var largest = regime.Weights.Values.Max();
        var smallest = regime.Weights.Values.Min();
        foreach (var (id, name) in DeuActors.All)
        {
            if (regime.Weights.TryGetValue(id, out var votes))
            {
                yield return new Actor { Id = id, Name = name, Capability = votes, Groups = [DeuActors.CouncilGroup] };
            }
            else if (!DeuActors.IsMemberState(id))
            {
                yield return new Actor { Id = id, Name = name, Capability = largest, Groups = [InstitutionGroup(id, procedure), DeuActors.NonVotingGroup] };
            }
            else if (stances.Any(s => s.ActorId == id))
            {
                yield return new Actor { Id = id, Name = name, Capability = smallest, Groups = [DeuActors.NonVotingGroup] };
            }
        }
    }

    /// <summary>Groups carry the procedure into the scenario: under co-decision the Parliament is a co-legislator.</summary>
    private static string InstitutionGroup(string actor, string procedure) =>
        actor == DeuActors.Commission ? DeuActors.AgendaSetterGroup
        : procedure == "COD" ? DeuActors.CoLegislatorGroup : DeuActors.ConsultedGroup;


    private static string Text(Row row, DeuColumns columns, string column, DiagnosticBag bag)
    {
        var cell = row.At(columns.Index[column]);
        if (cell.Text.Length == 0)
        {
            bag.Error(cell, column, "missing value");
        }
        return cell.Text;
    }

    private static DateOnly? Date(Row row, DeuColumns columns, string column, DateOnly? anchor, DiagnosticBag bag)
    {
        var cell = row.At(columns.Index[column]);
        if (cell.Text.Length == 0 || cell.Text == DeuDates.Missing)
        {
            return null;
        }
        var readings = DeuDates.Readings(cell.Text);
        if (readings.Count == 0)
        {
            bag.Error(cell, column, $"'{DeuImporter.Clip(cell.Text)}' is not a date (dd-mm-yy, dd-mm-yyyy or yyyy-mm-dd, or 999 for none)");
        }
        return DeuDates.Pick(readings, anchor);
    }

    /// <summary>A number on the 0-100 scale, or null for an empty cell.</summary>
    private static double? Optional(Row row, int index, string column, DiagnosticBag bag)
    {
        var cell = row.At(index);
        if (cell.Text.Length == 0)
        {
            return null;
        }
        if (!Numbers.TryParse(cell.Text, out var value))
        {
            bag.Error(cell, column, $"'{DeuImporter.Clip(cell.Text)}' is not a finite number");
            return null;
        }
        if (value is < 0 or > 100)
        {
            bag.Error(cell, column, $"{Numbers.Show(value)} is off the 0-100 scale");
            return null;
        }
        return value;
    }
}
