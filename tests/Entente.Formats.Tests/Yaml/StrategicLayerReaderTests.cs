using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using static Entente.Formats.Tests.Yaml.StrategicLayerFile;

namespace Entente.Formats.Tests.Yaml;

/// <summary>The diplomacy layer, version 2, in YAML (§15, A17): what each part-1 key reads to, and the keys refused. Part 2 is in <see cref="StrategicPartTwoReaderTests"/>.</summary>
public class StrategicLayerReaderTests
{
    private static ScenarioDocument Read(string yaml) => ScenarioFiles.Parse(yaml, "case.yaml");

    private static Diagnostic LoadError(string yaml) =>
        Assert.Single(Assert.Throws<ScenarioLoadException>(() => Read(yaml)).Diagnostics);

    private static StrategicLayer Layer => Read(StrategicLayerFile.Yaml).Scenario.Strategic!;

    [Fact]
    public void The_sketch_reads_and_validates_without_a_problem()
    {
        var document = Read(StrategicLayerFile.Yaml);

        Assert.Empty(document.Validate());
        Assert.Empty(document.Warnings);
        Assert.False(document.StrategicFromVersion1);
        Assert.Null(document.Scenario.Diplomacy);
    }

    [Fact]
    public void Defaults_set_every_parameter()
    {
        var expected = new LayerParameters
        {
            AudienceCapacity = 0.31, HonourScale = 0.51, ConflictCost = 0.32, Psi = 0.26,
            AlphaAudiencePrivate = 0.01, AlphaAudienceLeak = 0.29, AlphaAudiencePublic = 0.99, AlphaAudienceJoint = 0.98, AlphaDisown = 0.14,
            AlphaFacePrivate = 0.02, AlphaFaceLeak = 0.21, AlphaFacePublic = 0.52, AlphaFaceJoint = 0.53,
            Success = 0.55, ResolveSpread = 0.16, Tremble = 0.02, ThetaMove = 0.03, Lambda = 0.9, LearnFromMoves = false,
            Discount = 0.71, NoDealCost = 0.22, SummitNoDealCost = 0.33, DelayBase = 0.011, DelayBenefit = 0.004, TauAgree = 0.06,
            SummitBoost = 1.3, SummitRounds = 3, UnilateralGrid = 50, Exposure = 0.45, LeverageScale = 0.4,
        };

        Assert.Equal(Uncertainty.None, Layer.Uncertainty);
        Assert.Equal(expected, Layer.Parameters);
    }

    [Fact]
    public void Leaving_the_defaults_out_gives_the_specification_defaults()
    {
        var start = StrategicLayerFile.Yaml.IndexOf("  defaults:", StringComparison.Ordinal);
        var end = StrategicLayerFile.Yaml.IndexOf("  actors:\n    US:", StringComparison.Ordinal);
        var layer = Read(StrategicLayerFile.Yaml[..start] + StrategicLayerFile.Yaml[end..]).Scenario.Strategic!;

        Assert.Equal(Uncertainty.Auto, layer.Uncertainty);
        Assert.Equal(new LayerParameters(), layer.Parameters);
        Assert.Equal(0.3, layer.Parameters.AudienceCapacity);
        Assert.Equal(0.7, layer.Parameters.Discount);
    }

    [Fact]
    public void Factions_traits_read_by_name_as_in_the_sketch()
    {
        // §15: factions: {President: {weight: 0.45}, Congress: {weight: 0.35, observer: true}, SecState: {weight: 0.20}}.
        var yaml = With("psi: 0.2, source", "psi: 0.2, factions: { President: { weight: 0.45, audience_capacity: 0.8, honour_scale: 0.4, psi: 0.3 }, "
            + "Congress: { weight: 0.35, observer: true }, SecState: { weight: 0.20 } }, source");

        var document = Read(yaml);
        var us = Assert.Single(document.Scenario.Strategic!.Actors, a => a.Actor == "US");

        Assert.Empty(document.Validate());
        Assert.Equal(
            [
                new FactionTraits { Name = "President", Weight = 0.45, AudienceCapacity = 0.8, HonourScale = 0.4, Psi = 0.3 },
                new FactionTraits { Name = "Congress", Weight = 0.35, Observer = true },
                new FactionTraits { Name = "SecState", Weight = 0.2 },
            ],
            us.Factions.ToArray());
    }

    [Fact]
    public void Actors_types_beliefs_and_perceptions_read_to_their_records()
    {
        Assert.Equal(
            [
                new ActorTraits { Actor = "US", AudienceCapacity = 0.6, HonourScale = 0.5, ConflictCost = 0.3, Psi = 0.2 },
                new ActorTraits { Actor = "DPRK", AudienceCapacity = 0.05 },
            ], Layer.Actors);
        Assert.Equal(
            [
                new TypeDeclaration { Of = "China", Dimension = TypeDimension.Resolve, Issue = "nk_strike", Prior = new TypePrior { Grid = [0.2, 0.4, 0.6, 0.8], Uniform = true } },
                new TypeDeclaration { Of = "US", Dimension = TypeDimension.Reciprocity, Prior = new TypePrior { Prior = [0.5, 0.3, 0.2] }, True = 0.5 },
                new TypeDeclaration { Of = "US.President", Dimension = TypeDimension.Reciprocity, Prior = new TypePrior { Reputation = 0.25 } },
                new TypeDeclaration { Of = "DPRK", Dimension = TypeDimension.Resolve, Issue = "nk_strike", Prior = new TypePrior { Uncertain = 0.1 }, True = 0.9 },
                new TypeDeclaration { Of = "ROK", Dimension = TypeDimension.Resolve, Issue = "rok_drills", Prior = new TypePrior { Point = 0.8 } },
            ], Layer.Types);
        Assert.Equal(
            [
                new BeliefDeclaration { Observer = "China", About = "US", Dimension = TypeDimension.Reciprocity, Prior = new TypePrior { Prior = [0.6, 0.3, 0.1] } },
                new BeliefDeclaration { Observer = "DPRK", About = "China", Dimension = TypeDimension.Resolve, Issue = "nk_strike", Prior = new TypePrior { Grid = [0.3, 0.7], Prior = [1, 3] } },
            ], Layer.Beliefs);
        Assert.Equal([new PerceptionDeclaration { Observer = "China", Of = "US.President", AudienceCapacity = 0 }], Layer.Perceptions);
    }

    [Fact]
    public void Each_kind_of_claim_reads_its_own_keys()
    {
        var signals = Layer.Signals;

        Assert.Equal(new Claim
        {
            Id = "envoy", Round = 1, Senders = ["China"], To = "DPRK", Cc = ["ROK"], Channel = Channel.Private, Kind = ClaimKind.Threat,
            Ask = new Bound("nk_strike", BoundDirection.AtMost, 20), Action = new ClaimAction { Issue = "cn_aid", To = 20 },
            Reaction = new Reaction { Issue = "cn_dprk_alignment", Shift = 50 }, Sunk = 0.05, Strategic = true, Description = "Dai Bingguo in Pyongyang",
        }, signals[0]);
        // A credit's subject is its addressee and its reward its action.
        Assert.Equal(new Claim
        {
            Id = "leak", Round = 2, Senders = ["US"], To = "China", Channel = Channel.Leak, Kind = ClaimKind.Credit,
            Issue = "cn_pressure", Action = new ClaimAction { Issue = "us_cn_stance", To = 85 },
        }, signals[1]);
        // A contest has no level; its issue is the ask's.
        Assert.Equal(new Claim
        {
            Id = "sacred_war", Round = 3, Senders = ["DPRK"], To = "ROK", Channel = Channel.Public, Kind = ClaimKind.Threat,
            Ask = new Bound("rok_drills", BoundDirection.AtMost, 0), Action = new ClaimAction { Issue = "rok_drills", Contest = true }, Success = 0.1,
        }, signals[2]);
        Assert.Equal(new Claim
        {
            Id = "md", Round = 2, Senders = ["US", "ROK"], To = "China", Channel = Channel.Joint, Kind = ClaimKind.Promise,
            Ask = new Bound("cn_pressure", BoundDirection.AtLeast, 70), Condition = new Condition { Actor = "DPRK", Issue = "nk_missile" },
            Action = new ClaimAction { Issue = "md_deploy", Schedule = [new SchedulePoint(0, 20), new SchedulePoint(100, 100)] },
            ExpectedConditionValue = 50, Expires = 6,
        }, signals[3]);
        Assert.Equal(new Claim
        {
            Id = "red_line", Round = 1, Senders = ["US"], Channel = Channel.Public, Kind = ClaimKind.Stand,
            Issue = "nk_strike", Level = 10, Reaction = new Reaction { Cost = 0.1 },
        }, signals[4]);
        // A blame's demand is its level and its penalty its action.
        Assert.Equal(new Claim
        {
            Id = "rebuke", Round = 2, Senders = ["US"], To = "China", Channel = Channel.Public, Kind = ClaimKind.Blame,
            Issue = "cn_pressure", Level = 60, Action = new ClaimAction { Issue = "us_cn_stance", To = 30 },
            Report = new ReportContent { Subject = "DPRK", Dimension = TypeDimension.Resolve, Issue = "nk_strike", Direction = BoundDirection.AtLeast, Level = 0.7 },
        }, signals[5]);
        Assert.Equal(new Claim
        {
            Id = "dossier", Round = 3, Senders = ["ROK"], Channel = Channel.Public, Kind = ClaimKind.Report,
            Report = new ReportContent { Subject = "DPRK", Dimension = TypeDimension.Reciprocity, Direction = BoundDirection.AtMost, Level = 0.3 },
        }, signals[6]);
    }

    [Fact]
    public void Events_monte_carlo_and_watch_list_read_to_their_records()
    {
        Assert.Equal([new LayerEvent { Round = 5, Disown = "leak" }], Layer.Events);
        Assert.Equal(new MonteCarloSettings(500, 2010), Layer.MonteCarlo);
        Assert.Equal(
            [
                new WatchEntry { Observer = "China", About = "US", Dimension = TypeDimension.Reciprocity },
                new WatchEntry { Observer = "DPRK", About = "China", Dimension = TypeDimension.Resolve, Issue = "nk_strike" },
            ], Layer.Watch);
    }

    [Fact]
    public void A_list_of_senders_speaks_jointly_unless_the_channel_is_given()
    {
        var layer = Read(With("by: [US, ROK], to: China, channel: joint,", "by: [US, ROK], to: China,")).Scenario.Strategic!;

        Assert.Equal(Channel.Joint, layer.Signals[3].Channel);
    }

    [Fact]
    public void A_seed_keeps_all_64_bits()
    {
        var layer = Read(With("seed: 2010", "seed: 18446744073709551615")).Scenario.Strategic!;

        Assert.Equal(ulong.MaxValue, layer.MonteCarlo!.Seed);
    }

    [Theory]
    [InlineData("    tremble: 0.02", "    grid_points: 9", "grid_points: 9", "diplomacy.defaults.grid_points", "'grid_points' is not supported yet (diplomacy v2 part 2)")]
    [InlineData("psi: 0.2, source", "psi: 0.2, factions: { Congress: { observer: maybe } }, source", "maybe", "diplomacy.actors.US.factions.Congress.observer", "expected true or false, found 'maybe'")]
    [InlineData("psi: 0.2, source", "psi: 0.2, factions: { Congress: { observer: true, votes: 2 } }, source", "votes", "diplomacy.actors.US.factions.Congress.votes", "unknown key 'votes'")]
    [InlineData("psi: 0.2, source", "psi: 0.2, factions: [Congress], source", "[Congress]", "diplomacy.actors.US.factions", "expected a mapping of faction names to traits")]
    [InlineData("kind: stand, issue: nk_strike, at: 10", "kind: stand, issue: nk_strike, at: 10, colour: red", "colour", "diplomacy.signals[4].colour", "unknown key 'colour'")]
    [InlineData("action: contest, success: 0.1", "reward: contest, success: 0.1", "reward: contest", "diplomacy.signals[2].reward", "'reward' does not apply to a threat; a threat takes to, ask, action, condition, success, expect, expires")]
    [InlineData("kind: credit, subject: China", "kind: credit, to: China", "to: China,\n", "diplomacy.signals[1].to", "'to' does not apply to a credit")]
    [InlineData("kind: stand, issue: nk_strike", "kind: sland, issue: nk_strike", "sland", "diplomacy.signals[4].kind", "unknown kind of claim 'sland' (did you mean 'stand'?)")]
    [InlineData("channel: private, kind: threat", "channel: privat, kind: threat", "privat, kind", "diplomacy.signals[0].channel", "unknown channel 'privat' (did you mean 'private'?)")]
    [InlineData("{ of: US, dim: q,", "{ of: US, dim: x,", "x, prior: [0.5", "diplomacy.types[1].dim", "unknown dimension 'x'")]
    [InlineData("uncertainty: none", "uncertainty: some", "some", "diplomacy.defaults.uncertainty", "unknown uncertainty 'some'")]
    [InlineData("ask: { issue: nk_strike, at_most: 20 }", "ask: { issue: nk_strike, at_most: 20, at_least: 10 }", "10 }, action: { issue: cn_aid", "diplomacy.signals[0].ask.at_least", "give either at_most or at_least, not both")]
    [InlineData("ask: { issue: nk_strike, at_most: 20 }", "ask: { issue: nk_strike }", "{ issue: nk_strike }", "diplomacy.signals[0].ask.at_most", "an ask needs a level: at_most or at_least")]
    [InlineData("version: 2", "version: 3", "3\n  source", "diplomacy.version", "diplomacy version 3 is not known")]
    [InlineData("prior: uniform", "prior: even", "even", "diplomacy.types[0].prior", "expected a list of weights (such as [0.2, 0.5, 0.3]) or uniform, found 'even'")]
    [InlineData("schedule: [[0, 20], [100, 100]]", "schedule: [[0, 20], 100]", "100] }, expect", "diplomacy.signals[3].action.schedule[1]", "a schedule point is a pair")]
    [InlineData("seed: 2010", "seed: -1", "-1", "diplomacy.montecarlo.seed", "'-1' is not a seed")]
    [InlineData("{ id: dossier, round: 3,", "{ id: dossier,", "{ id: dossier", "diplomacy.signals[6].round", "missing required key 'round'")]
    public void A_malformed_layer_is_refused_at_the_line_and_column_of_the_fault(string original, string replacement, string needle, string field, string message)
    {
        var yaml = With(original, replacement);

        var error = LoadError(yaml);

        Assert.Equal(At(yaml, needle), (error.Line!.Value, error.Column!.Value));
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Provenance_notes_are_allowed_on_every_mapping_and_change_nothing()
    {
        var noted = With("ask: { issue: rok_drills, at_most: 0 }", "ask: { issue: rok_drills, at_most: 0, source: \"KCNA\" }")
            .Replace("condition: { actor: DPRK, issue: nk_missile }", "condition: { actor: DPRK, issue: nk_missile, source: \"a\" }", StringComparison.Ordinal)
            .Replace("expect: { condition_value: 50 }", "expect: { condition_value: 50, source: \"b\" }", StringComparison.Ordinal)
            .Replace("reaction: { cost: 0.1 }", "reaction: { cost: 0.1, source: \"c\" }", StringComparison.Ordinal)
            .Replace("at_most: 0.3 }", "at_most: 0.3, source: \"d\" }", StringComparison.Ordinal)
            .Replace("{ round: 5, disown: leak }", "{ round: 5, disown: leak, source: \"e\" }", StringComparison.Ordinal)
            .Replace("{ trials: 500, seed: 2010 }", "{ trials: 500, seed: 2010, source: \"f\" }", StringComparison.Ordinal)
            .Replace("outputs: { watch:", "outputs: { source: \"g\", watch:", StringComparison.Ordinal)
            .Replace("  actors:\n    US:", "  actors:\n    source: \"h\"\n    US:", StringComparison.Ordinal);

        Assert.Equal(Layer, Read(noted).Scenario.Strategic);
    }

    [Fact]
    public void A_file_with_version_one_settings_still_reads_them()
    {
        var yaml = StrategicLayerFile.Yaml[..StrategicLayerFile.Yaml.IndexOf("diplomacy:", StringComparison.Ordinal)] + "diplomacy:\n  audienceCost: { leak: 0.4 }\n";

        var document = Read(yaml);

        Assert.Equal(0.4, document.Scenario.Diplomacy!.LeakAudienceCost);
        Assert.Equal(0.4, document.Scenario.Strategic!.Parameters.AlphaAudienceLeak);
        Assert.True(document.StrategicFromVersion1);
    }
}
