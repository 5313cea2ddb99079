using System.Text.Json;
using CsCheck;
using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Formats;
using Entente.Models.Diplomacy;

namespace Entente.Models.Tests.Diplomacy;

/// <summary>Random negotiations and helpers that run them with and without the diplomacy layer.</summary>
internal static class Diplomatic
{
    public static readonly string[] Names = ["A", "B", "C", "D", "E", "F"];

    /// <summary>3-6 actors on 1-2 issues of 0-100, everyone in every issue, distinct positions.</summary>
    public static readonly Gen<Scenario> Base =
        from actors in Gen.Int[3, 6]
        from issues in Gen.Int[1, 2]
        from positions in Gen.Int[0, 100].Array[actors * issues]
        from saliences in Gen.Int[1, 10].Array[actors * issues]
        from capabilities in Gen.Int[1, 10].Array[actors]
        select Build(actors, issues, positions, saliences, capabilities);

    private static Scenario Build(int actors, int issues, int[] positions, int[] saliences, int[] capabilities)
    {
        var ids = Names.Take(actors).ToArray();
        var issueIds = Enumerable.Range(0, issues).Select(i => $"i{i}").ToArray();
        return new Scenario
        {
            Name = "random",
            Actors = new(ids.Select((id, a) => new Actor { Id = id, Name = id, Capability = capabilities[a] / 10.0 })),
            Issues = new(issueIds.Select(id => new Issue { Id = id, Name = id, Scale = IssueScale.Percent })),
            Stances = new(issueIds.SelectMany((issue, d) => ids.Select((actor, a) => new Stance
            {
                ActorId = actor,
                IssueId = issue,
                // Spread the positions so that every issue has Δ > 0.
                Position = a == 0 ? 0 : a == 1 ? 100 : positions[d * actors + a],
                Salience = saliences[d * actors + a] / 10.0,
            }))),
        };
    }

    public static ForecastResult Run(Scenario scenario, string model = DiplomacyOptions.ModelName, params ModelOption[] options) =>
        ModelCatalog.Create(model, options).Run(scenario, ModelRunContext.Default);

    /// <summary>The engine's own record of a run, with its final state.</summary>
    public static EngineRun Engine(Scenario scenario) =>
        new DiplomacyEngine(new Entente.Models.ExpectedUtility.ExpectedUtilityOptions(), ModelRunContext.Default, Suppression.None).Run(scenario);

    public static Scenario Parse(string yaml) => ScenarioFiles.Parse(yaml, "test.yaml").Scenario;

    public static Scenario Example(string name) => ScenarioFiles.Load(Path.Combine(Root, "examples", name)).Scenario;

    /// <summary>Every number of the per-issue results, as text, so that two runs compare number for number.</summary>
    public static string Issues(ForecastResult result) => JsonSerializer.Serialize(result.Issues);

    public static Signal Claim(string id, string sender, string issue, double position, Channel channel, int round, params string[] to) => new()
    {
        Id = id,
        Senders = [sender],
        Issue = issue,
        Position = position,
        Channel = channel,
        Round = round,
        Recipients = channel == Channel.Private ? new(to) : ValueList<string>.Empty,
    };

    public static Scenario Uncertain(this Scenario scenario, double confidence = 2) =>
        scenario with { Diplomacy = DiplomacySettings.Default with { DefaultConfidence = confidence } };

    public static Scenario WithDeadline(this Scenario scenario, int round) =>
        scenario with { Timeline = scenario.Timeline.Add(new TimelineEvent { Id = "deadline", Kind = EventKind.Deadline, Round = round }) };

    private static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("repository root not found");
        }
    }
}
