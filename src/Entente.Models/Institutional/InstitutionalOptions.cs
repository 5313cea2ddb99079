using Entente.Domain;

namespace Entente.Models.Institutional;

/// <summary>
/// Options of the institutional compromise model (<c>institutional</c>). The defaults are the values
/// tuned by cross-validation by proposal on the DEU III development split (docs/models/institutional.md);
/// they are fixed, not re-estimated per scenario.
/// </summary>
public sealed record InstitutionalOptions
{
    /// <summary>The model's name.</summary>
    public const string ModelName = "institutional";

    /// <summary>Group whose members draft the proposal (the Commission).</summary>
    public const string AgendaSetterGroup = "agenda-setter";

    /// <summary>Group of a co-legislator holding a veto (the Parliament under co-decision).</summary>
    public const string CoLegislatorGroup = "co-legislator";

    /// <summary>Group of an institution that is only consulted (the Parliament under consultation).</summary>
    public const string ConsultedGroup = "consulted";

    /// <summary>Weight multiplier of the agenda setter.</summary>
    public double AgendaSetter { get; init; } = 3;

    /// <summary>Weight multiplier of a co-legislator.</summary>
    public double CoLegislator { get; init; } = 2;

    /// <summary>Weight multiplier of a consulted institution.</summary>
    public double Consulted { get; init; } = 2;

    /// <summary>Exponent of salience in the weight c·s^γ (1 is the compromise model).</summary>
    public double SalienceExponent { get; init; } = 0.5;

    /// <summary>How far the forecast moves away from the reference point, as a share of its distance to it.</summary>
    public double ReferencePush { get; init; } = 0.05;

    private static readonly IReadOnlyList<ModelOptionInfo> Known =
    [
        new("agendaSetter", $"Weight multiplier of actors in group '{AgendaSetterGroup}' (the Commission).", "3"),
        new("coLegislator", $"Weight multiplier of actors in group '{CoLegislatorGroup}' (the Parliament under co-decision).", "2"),
        new("consulted", $"Weight multiplier of actors in group '{ConsultedGroup}' (the Parliament under consultation).", "2"),
        new("salienceExponent", "Exponent γ of salience in the weight c·s^γ.", "0.5"),
        new("referencePush", "Share of its distance from the status quo by which the forecast moves further from it.", "0.05"),
    ];

    /// <summary>The catalog entry.</summary>
    public static ModelDefinition Definition { get; } = new()
    {
        Name = ModelName,
        Summary = "Institutional compromise: the weighted mean with the Commission's and Parliament's procedural roles weighted and a push away from the status quo (tuned on DEU III).",
        Options = Known,
        Create = text => new InstitutionalModel(Parse(text)),
        TuningGrid = InstitutionalTuning.Grid(),
    };

    /// <summary>Parses options from name/value text; throws <see cref="ModelOptionsException"/> listing every problem.</summary>
    public static InstitutionalOptions Parse(IReadOnlyList<ModelOption> text)
    {
        var reader = new ModelOptionReader(ModelName, text);
        var defaults = new InstitutionalOptions();
        var options = new InstitutionalOptions
        {
            AgendaSetter = reader.Double("agendaSetter", defaults.AgendaSetter),
            CoLegislator = reader.Double("coLegislator", defaults.CoLegislator),
            Consulted = reader.Double("consulted", defaults.Consulted),
            SalienceExponent = reader.Double("salienceExponent", defaults.SalienceExponent),
            ReferencePush = reader.Double("referencePush", defaults.ReferencePush),
        };
        foreach (var (name, value) in new[]
                 {
                     ("agendaSetter", options.AgendaSetter), ("coLegislator", options.CoLegislator),
                     ("consulted", options.Consulted), ("salienceExponent", options.SalienceExponent),
                     ("referencePush", options.ReferencePush),
                 })
        {
            if (value < 0)
            {
                reader.Problem($"option '{reader.Given(name)}' must not be negative (got {value})");
            }
        }
        reader.ThrowIfInvalid(Known);
        return options;
    }
}
