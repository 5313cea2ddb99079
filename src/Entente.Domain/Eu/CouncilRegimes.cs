namespace Entente.Domain.Eu;

/// <summary>The Council's qualified-majority regimes from 1995 on; see docs/data/eu-voting-power.md for sources.</summary>
public static class CouncilRegimes
{
    private static readonly Dictionary<string, int> Eu15 = new()
    {
        ["de"] = 10, ["fr"] = 10, ["it"] = 10, ["uk"] = 10, ["es"] = 8, ["be"] = 5, ["el"] = 5, ["nl"] = 5,
        ["pt"] = 5, ["at"] = 4, ["se"] = 4, ["dk"] = 3, ["ie"] = 3, ["fi"] = 3, ["lu"] = 2,
    };

    // Act of Accession 2003, Art. 26: the old weights for the fifteen and these for the ten, May-October 2004.
    private static readonly Dictionary<string, int> Eu25Transition = new(Eu15)
    {
        ["pl"] = 8, ["cz"] = 5, ["hu"] = 5, ["lt"] = 3, ["sk"] = 3, ["cy"] = 2, ["ee"] = 3, ["lv"] = 3,
        ["si"] = 3, ["mt"] = 2,
    };

    private static readonly Dictionary<string, int> Nice25 = new()
    {
        ["de"] = 29, ["fr"] = 29, ["it"] = 29, ["uk"] = 29, ["es"] = 27, ["pl"] = 27, ["nl"] = 13, ["be"] = 12,
        ["cz"] = 12, ["el"] = 12, ["hu"] = 12, ["pt"] = 12, ["at"] = 10, ["se"] = 10, ["dk"] = 7, ["ie"] = 7,
        ["lt"] = 7, ["sk"] = 7, ["fi"] = 7, ["cy"] = 4, ["ee"] = 4, ["lv"] = 4, ["lu"] = 4, ["si"] = 4, ["mt"] = 3,
    };

    private static readonly Dictionary<string, int> Nice27 = new(Nice25) { ["ro"] = 14, ["bu"] = 10 };

    private static readonly Dictionary<string, int> Nice28 = new(Nice27) { ["cr"] = 7 };

    // Population on 1 January 2014 in thousands (Eurostat), the figures of Council Decision 2014/937/EU for 2015;
    // Poland corrected to its post-census figure (docs/data/eu-voting-power.md).
    private static readonly Dictionary<string, int> Population2014 = new()
    {
        ["de"] = 80_781, ["fr"] = 65_857, ["uk"] = 64_308, ["it"] = 60_783, ["es"] = 46_508, ["pl"] = 38_018,
        ["ro"] = 19_943, ["nl"] = 16_829, ["be"] = 11_204, ["el"] = 10_993, ["cz"] = 10_512, ["pt"] = 10_427,
        ["hu"] = 9_879, ["se"] = 9_645, ["at"] = 8_508, ["bu"] = 7_246, ["dk"] = 5_627, ["fi"] = 5_451,
        ["sk"] = 5_416, ["ie"] = 4_605, ["cr"] = 4_247, ["lt"] = 2_944, ["si"] = 2_061, ["lv"] = 2_001,
        ["ee"] = 1_316, ["cy"] = 858, ["lu"] = 550, ["mt"] = 425,
    };

    /// <summary>Every regime, earliest first.</summary>
    public static IReadOnlyList<CouncilRegime> All { get; } =
    [
        new() { Name = "amsterdam-eu15", From = new(1995, 1, 1), Weights = Eu15, Quota = 62 },
        new() { Name = "accession-eu25", From = new(2004, 5, 1), Weights = Eu25Transition, Quota = 88 },
        new() { Name = "nice-eu25", From = new(2004, 11, 1), Weights = Nice25, Quota = 232, MembersNeeded = 13 },
        new() { Name = "nice-eu27", From = new(2007, 1, 1), Weights = Nice27, Quota = 255, MembersNeeded = 14 },
        new() { Name = "nice-eu28", From = new(2013, 7, 1), Weights = Nice28, Quota = 260, MembersNeeded = 15 },
        new()
        {
            Name = "lisbon-eu28", From = new(2014, 11, 1), Weights = Population2014, DoubleMajority = true,
            MembersNeeded = 16, PopulationShare = 0.65, BlockingMembers = 4,
        },
    ];

    /// <summary>The regime in force on <paramref name="date"/>; the latest regime when the date is unknown.</summary>
    public static CouncilRegime At(DateOnly? date) =>
        date is { } d ? All.LastOrDefault(r => r.From <= d) ?? All[0] : All[^1];
}
