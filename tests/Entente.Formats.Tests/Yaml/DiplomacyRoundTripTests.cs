using CsCheck;
using Entente.Domain;
using Entente.Domain.Diplomacy;

namespace Entente.Formats.Tests.Yaml;

/// <summary>Writing then reading the diplomacy sections gives them back equal, whatever their text and numbers.</summary>
public class DiplomacyRoundTripTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.OneOf<string>("CN", "a b", "it's", "say \"no\"", "key: value", "# x", "- dash", "null", "~", "true", "10", "中国", "line\nbreak"),
        Gen.String[Gen.Char[' ', '~'], 1, 10]);

    private static readonly Gen<double> Number = Gen.OneOf(Gen.Double[-1e6, 1e6], Gen.OneOf<double>(0.0, 1.0, 0.5, 1e-300));
    private static readonly Gen<double?> OptionalNumber = Gen.Frequency((1, Gen.Const((double?)null)), (2, Number.Select(d => (double?)d)));
    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Const((string?)null)), (2, Text.Select(t => (string?)t)));
    private static readonly Gen<int> Round = Gen.Int[-5, 50];

    private static Gen<ValueList<T>> ListOf<T>(Gen<T> gen, int min, int max) => gen.Array[min, max].Select(items => new ValueList<T>(items));

    private static readonly Gen<Signal> Signal =
        from id in Text
        from senders in ListOf(Text, 1, 3)
        from issue in Text
        from position in OptionalNumber
        from salience in OptionalNumber
        from channel in Gen.Enum<Channel>()
        from round in Round
        from to in ListOf(Text, 0, 3)
        from strength in Gen.OneOf(Gen.Const(1.0), Number)
        from description in OptionalText
        select new Signal
        {
            Id = id, Senders = senders, Issue = issue, Position = position, Salience = salience, Channel = channel,
            Round = round, Recipients = to, Strength = strength, Description = description,
        };

    private static readonly Gen<Commitment> Commitment =
        from id in Text
        from kind in Gen.Enum<CommitmentKind>()
        from names in Text.Array[4]
        from direction in Gen.Enum<ConditionDirection>()
        from threshold in Number
        from byRound in Round
        from moveTo in Number
        from channel in Gen.Enum<Channel>()
        from credibility in OptionalNumber
        from description in OptionalText
        select new Commitment
        {
            Id = id, Kind = kind, Actor = names[0], Target = names[1], ConditionIssue = names[2], Direction = direction, Threshold = threshold,
            ByRound = byRound, Issue = names[3], MoveTo = moveTo, Channel = channel, Credibility = credibility, Description = description,
        };

    private static readonly Gen<TimelineEvent> Event =
        from id in Text
        from kind in Gen.Enum<EventKind>()
        from round in Round
        from actors in ListOf(Text, 0, 2)
        from issues in ListOf(Text, 0, 2)
        from boost in OptionalNumber
        from flags in Gen.Bool.Array[2]
        from values in OptionalNumber.Array[3]
        from description in OptionalText
        select new TimelineEvent
        {
            Id = id, Kind = kind, Round = round, Actors = actors, Issues = issues, SalienceBoost = boost, Undo = flags[0], Deadline = flags[1],
            Position = values[0], Salience = values[1], Capability = values[2], Description = description,
        };

    private static readonly Gen<VariantPatch> Patch = Gen.OneOf(
        from kind in Gen.OneOf<PatchKind>(PatchKind.DropSignal, PatchKind.DropCommitment, PatchKind.DropEvent, PatchKind.UnifyFactions, PatchKind.DropPerceptions)
        from target in Text
        select new VariantPatch { Kind = kind, Target = target },
        from target in Text
        from channel in Gen.Enum<Channel>()
        from to in ListOf(Text, 0, 2)
        select new VariantPatch { Kind = PatchKind.SetChannel, Target = target, Channel = channel, Recipients = to },
        Signal.Select(s => new VariantPatch { Kind = PatchKind.AddSignal, Signal = s }),
        Commitment.Select(c => new VariantPatch { Kind = PatchKind.AddCommitment, Commitment = c }),
        Event.Select(e => new VariantPatch { Kind = PatchKind.AddEvent, Event = e }));

    private static readonly Gen<Scenario> Scenario =
        from perceptions in ListOf(
            from names in Text.Array[3]
            from values in OptionalNumber.Array[3]
            select new Perception { Observer = names[0], Actor = names[1], Issue = names[2], Position = values[0], Salience = values[1], Confidence = values[2] }, 0, 3)
        from signals in ListOf(Signal, 0, 3)
        from commitments in ListOf(Commitment, 0, 2)
        from coalitions in ListOf(
            from id in Text
            from named in Gen.Bool
            from members in ListOf(Text, 0, 3)
            from joint in Gen.Bool
            from band in OptionalNumber
            select new Coalition { Id = id, Name = named ? id : id + " bloc", Members = members, JointPosition = joint, CohesionBand = band }, 0, 2)
        from timeline in ListOf(Event, 0, 3)
        from variants in ListOf(
            from name in Text
            from description in OptionalText
            from patches in ListOf(Patch, 0, 3)
            select new Variant { Name = name, Description = description, Patches = patches }, 0, 2)
        from settings in Gen.Frequency((1, Gen.Const((DiplomacySettings?)null)), (2,
            from values in Number.Array[11]
            from kappa in OptionalNumber
            select (DiplomacySettings?)new DiplomacySettings
            {
                PrivateAudienceCost = values[0], LeakAudienceCost = values[1], PublicAudienceCost = values[2], JointAudienceCost = values[3],
                PrivateCredibility = values[4], LeakCredibility = values[5], PublicCredibility = values[6], JointCredibility = values[7],
                ReputationMemory = values[8], CohesionBand = values[9], AgreementThreshold = values[10], DefaultConfidence = kappa,
            }))
        from reputation in OptionalNumber
        from factions in ListOf(
            from name in Text
            from weight in Number
            from positions in Gen.Select(Text, Number, (i, x) => new FactionPosition(i, x)).Array[0, 3]
            select new Faction { Name = name, Weight = weight, Positions = new(positions.DistinctBy(p => p.Issue)) }, 0, 2)
        select Build(perceptions, signals, commitments, coalitions, timeline, variants, settings, reputation, factions);

    private static Scenario Build(ValueList<Perception> perceptions, ValueList<Signal> signals, ValueList<Commitment> commitments,
        ValueList<Coalition> coalitions, ValueList<TimelineEvent> timeline, ValueList<Variant> variants, DiplomacySettings? settings,
        double? reputation, ValueList<Faction> factions)
    {
        var baseScenario = ScenarioFiles.Parse(EcCars.Yaml, "ec.yaml").Scenario;
        return baseScenario with
        {
            Actors = new(baseScenario.Actors.Select((a, i) => i == 0 ? a with { Reputation = reputation, Factions = factions } : a)),
            Perceptions = perceptions,
            Signals = signals,
            Commitments = commitments,
            Coalitions = coalitions,
            Timeline = timeline,
            Variants = variants,
            Diplomacy = settings,
        };
    }

    [Fact]
    public void Writing_then_reading_the_diplomacy_sections_gives_them_back_equal()
    {
        Scenario.Sample(scenario =>
        {
            var yaml = YamlScenarioWriter.Write(scenario);
            // Reading a version-1 file also maps it onto the version-2 layer (§16): derived, so not written back.
            Assert.Equal(scenario, ScenarioFiles.Parse(yaml, "round-trip.yaml").Scenario with { Strategic = null });
        }, iter: 300);
    }
}
