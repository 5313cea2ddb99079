namespace Entente.Formats.Importers.Deu;

/// <summary>The actors of the DEU tables: the Commission, the Parliament and the 28 member states, by column code.</summary>
public static class DeuActors
{
    /// <summary>Id of the European Commission, the agenda setter.</summary>
    public const string Commission = "com";

    /// <summary>Id of the European Parliament.</summary>
    public const string Parliament = "ep";

    /// <summary>Group of the Commission: it drafts the proposal.</summary>
    public const string AgendaSetterGroup = "agenda-setter";

    /// <summary>Group of the Parliament under co-decision, where it can veto.</summary>
    public const string CoLegislatorGroup = "co-legislator";

    /// <summary>Group of the Parliament under consultation, where it only gives an opinion.</summary>
    public const string ConsultedGroup = "consulted";

    /// <summary>Group of the member states, who vote in the Council.</summary>
    public const string CouncilGroup = "council";

    /// <summary>Group of actors who bargain without a vote in the Council: the institutions, and states not yet members.</summary>
    public const string NonVotingGroup = "non-voting";

    /// <summary>Every actor code of the table with its name, in the table's column order.</summary>
    public static IReadOnlyList<(string Id, string Name)> All { get; } =
    [
        (Commission, "European Commission"), (Parliament, "European Parliament"),
        ("at", "Austria"), ("be", "Belgium"), ("bu", "Bulgaria"), ("cr", "Croatia"), ("cy", "Cyprus"),
        ("cz", "Czech Republic"), ("dk", "Denmark"), ("ee", "Estonia"), ("fi", "Finland"), ("fr", "France"),
        ("de", "Germany"), ("el", "Greece"), ("hu", "Hungary"), ("ie", "Ireland"), ("it", "Italy"),
        ("lv", "Latvia"), ("lt", "Lithuania"), ("lu", "Luxembourg"), ("mt", "Malta"), ("nl", "Netherlands"),
        ("pl", "Poland"), ("pt", "Portugal"), ("ro", "Romania"), ("si", "Slovenia"), ("sk", "Slovakia"),
        ("es", "Spain"), ("se", "Sweden"), ("uk", "United Kingdom"),
    ];

    /// <summary>The fifteen states that were members before the 2004 enlargement (EU-15).</summary>
    public static IReadOnlySet<string> Eu15 { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "at", "be", "dk", "fi", "fr", "de", "el", "ie", "it", "lu", "nl", "pt", "es", "se", "uk",
    };

    /// <summary>The large states: the six with 27 or more Council votes under the Nice treaty (Germany, France, Italy, the United Kingdom, Spain, Poland).</summary>
    public static IReadOnlySet<string> Large { get; } = new HashSet<string>(StringComparer.Ordinal) { "de", "fr", "it", "uk", "es", "pl" };

    /// <summary>
    /// The group an actor's influence is pooled in: <c>eu15-large</c>, <c>eu15-small</c>, <c>later-large</c> or
    /// <c>later-small</c> for a member state (EU-15 or later members, large or small), the institutions each their own.
    /// </summary>
    public static string PoolOf(string id) => IsMemberState(id)
        ? (Eu15.Contains(id) ? "eu15-" : "later-") + (Large.Contains(id) ? "large" : "small")
        : id;

    /// <summary>Whether <paramref name="id"/> is a member state rather than an institution.</summary>
    public static bool IsMemberState(string id) => id is not (Commission or Parliament);
}
