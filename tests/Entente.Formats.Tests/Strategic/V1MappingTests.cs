using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Domain.Validation;
using Entente.Formats.Strategic;
using static Entente.Formats.Tests.Yaml.StrategicLayerFile;

namespace Entente.Formats.Tests.Strategic;

/// <summary>Version-1 diplomacy files map onto the version-2 layer (§16), with one warning per element at its line.</summary>
public class V1MappingTests
{
    private const string Head = """
        name: two and a third
        actors:
          - { id: US, capability: 1, reputation: 0.6 }
          - { id: CN, capability: 0.9 }
          - { id: KP, capability: 0.3 }
        issues:
          - id: talks
            positions: { US: { position: 80, salience: 0.5 }, CN: { position: 20, salience: 0.6 }, KP: { position: 0, salience: 0.9 } }
          - id: thaad
            positions: { US: { position: 70, salience: 0.5 }, CN: { position: 0, salience: 0.9 } }

        """;

    private static ScenarioDocument Read(string yaml) => ScenarioFiles.Parse(yaml, "case.yaml");

    private static Diagnostic WarningAt(ScenarioDocument document, string field) => Assert.Single(document.Warnings, w => w.Field == field);

    [Fact]
    public void A_perception_with_confidence_becomes_an_uncertain_belief_centred_at_the_believed_salience()
    {
        var yaml = Head + "perceptions:\n  - { observer: CN, actor: US, issue: thaad, salience: 0.6, confidence: 3 }\n";

        var document = Read(yaml);

        // w = 0.3/√(3+1) = 0.15.
        Assert.Equal(
            [new BeliefDeclaration { Observer = "CN", About = "US", Dimension = TypeDimension.Resolve, Issue = "thaad", Prior = new TypePrior { Uncertain = 0.15, Centre = 0.6 } }],
            document.Scenario.Strategic!.Beliefs);
        var warning = WarningAt(document, "perceptions[0]");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(At(yaml, "{ observer: CN"), (warning.Line!.Value, warning.Column!.Value));
        Assert.Contains("uncertain: w = 0.3/√(κ+1) = 0.15 centred at 0.6", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0.3)]
    [InlineData(1, 0.21213203435596426)]
    [InlineData(8, 0.1)]
    public void The_spread_falls_with_the_square_root_of_confidence(double kappa, double w)
    {
        Assert.Equal(w, V1Mapping.SpreadOf(kappa), 15);
    }

    [Fact]
    public void A_perception_without_confidence_is_a_point_and_its_believed_position_is_dropped()
    {
        var yaml = Head + "perceptions:\n  - { observer: CN, actor: US, issue: thaad, position: 90 }\n  - { observer: KP, actor: CN, issue: talks, salience: 0.4 }\n";

        var document = Read(yaml);

        // The first perception is only about a position: no belief; the second believes 0.4 for certain.
        Assert.Equal(
            [new BeliefDeclaration { Observer = "KP", About = "CN", Dimension = TypeDimension.Resolve, Issue = "talks", Prior = new TypePrior { Point = 0.4 } }],
            document.Scenario.Strategic!.Beliefs);
        var dropped = WarningAt(document, "perceptions[0].position");
        Assert.Equal(At(yaml, "90 }"), (dropped.Line!.Value, dropped.Column!.Value));
        Assert.Contains("is dropped", dropped.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Warnings, w => w.Field == "perceptions[0]");
    }

    [Fact]
    public void A_believed_salience_on_the_percent_scale_or_of_zero_is_carried_as_a_resolve()
    {
        var percent = Read(Head.Replace("name: two and a third", "name: p\nsalienceScale: percent", StringComparison.Ordinal)
            .Replace("salience: 0.", "salience: 5", StringComparison.Ordinal)
            + "perceptions:\n  - { observer: CN, actor: US, issue: thaad, salience: 60, confidence: 3 }\n  - { observer: US, actor: CN, issue: thaad, salience: 0 }\n");

        var beliefs = percent.Scenario.Strategic!.Beliefs;

        Assert.Equal(new TypePrior { Uncertain = 0.15, Centre = 0.6 }, beliefs[0].Prior);
        Assert.Equal(new TypePrior { Point = 0.05 }, beliefs[1].Prior);
        Assert.DoesNotContain(percent.Validate(), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void The_default_confidence_sets_the_spread_of_perceptions_without_their_own()
    {
        var document = Read(Head + "perceptions:\n  - { observer: CN, actor: US, issue: thaad, salience: 0.6 }\ndiplomacy:\n  defaultConfidence: 3\n");

        Assert.Equal(new TypePrior { Uncertain = 0.15, Centre = 0.6 }, document.Scenario.Strategic!.Beliefs[0].Prior);
        Assert.Equal(0.15, document.Scenario.Strategic.Parameters.ResolveSpread, 15);
        Assert.Contains("0.3/√(κ+1) = 0.15", WarningAt(document, "diplomacy.defaultConfidence").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reputation_becomes_a_prior_on_reciprocity()
    {
        var document = Read(Head + "timeline:\n  - { id: end, kind: deadline, round: 5 }\n");

        Assert.Equal(
            [new TypeDeclaration { Of = "US", Dimension = TypeDimension.Reciprocity, Prior = new TypePrior { Reputation = 0.6 } }],
            document.Scenario.Strategic!.Types);
        // ρ = 0.6 weighs q = 0, ½, 1 as (1−ρ)², 2ρ(1−ρ), ρ².
        Assert.Contains("weighted 0.16, 0.48, 0.36", WarningAt(document, "actors[0].reputation").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signal_becomes_a_stand_on_its_issue_at_its_position_through_its_channel()
    {
        var yaml = Head + "signals:\n  - { id: envoy, from: CN, issue: talks, position: 10, salience: 1, channel: private, to: [KP, US], round: 2, strength: 2, description: envoy }\n"
            + "  - { id: quiet, from: KP, issue: talks, salience: 0.2, channel: public, round: 1 }\n";

        var document = Read(yaml);

        Assert.Equal(
            [new Claim
            {
                Id = "envoy", Round = 2, Senders = ["CN"], To = "KP", Cc = ["US"], Channel = Channel.Private, Kind = ClaimKind.Stand,
                Issue = "talks", Level = 10, Description = "envoy",
            }],
            document.Scenario.Strategic!.Signals);
        Assert.Contains("dropped: the channel's credibility β, strength 2, claimed salience 1", WarningAt(document, "signals[0]").Message, StringComparison.Ordinal);
        Assert.Contains("claims only a salience", WarningAt(document, "signals[1]").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commitment_becomes_a_public_promise_with_its_condition_action_and_expiry()
    {
        var yaml = Head + "signals:\n  - { id: deal, from: CN, issue: talks, position: 10, channel: public, round: 1 }\n"
            + "commitments:\n  - { id: deal, kind: threat, actor: US, target: CN, conditionIssue: talks, atMost: 40, byRound: 3, issue: thaad, moveTo: 30, credibility: 0.6 }\n";

        var document = Read(yaml);

        var claim = document.Scenario.Strategic!.Signals[1];
        Assert.Equal(new Claim
        {
            // The id is taken by the signal, and version 2 has one namespace of signals.
            Id = "deal-commitment", Senders = ["US"], To = "CN", Channel = Channel.Public, Kind = ClaimKind.Threat,
            Ask = new Bound("talks", BoundDirection.AtMost, 40),
            Condition = new Condition { Actor = "CN", Issue = "talks", Threshold = new Bound("talks", BoundDirection.AtMost, 40) },
            Action = new ClaimAction { Issue = "thaad", To = 30 }, Expires = 3,
        }, claim);
        var warning = WarningAt(document, "commitments[0]");
        Assert.Equal(At(yaml, "{ id: deal, kind"), (warning.Line!.Value, warning.Column!.Value));
        Assert.Contains("its channel private becomes public; the typed-in credibility 0.6 is dropped", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Validate(), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_coalition_with_a_joint_position_becomes_joint_stands_at_the_weighted_mean()
    {
        var document = Read(Head + "coalitions:\n  - { id: pair, members: [US, CN, KP], jointPosition: true }\n");

        var signals = document.Scenario.Strategic!.Signals;

        // talks: (1·0.5·80 + 0.9·0.6·20 + 0.3·0.9·0) / (0.5 + 0.54 + 0.27); thaad: KP takes no part.
        Assert.Equal(2, signals.Count);
        Assert.Equal(["US", "CN", "KP"], signals[0].Senders);
        Assert.Equal((40 + 10.8) / 1.31, signals[0].Level!.Value, 12);
        Assert.Equal(("pair-talks", Channel.Joint, ClaimKind.Stand, 1), (signals[0].Id, signals[0].Channel, signals[0].Kind, signals[0].Round));
        Assert.Equal(["US", "CN"], signals[1].Senders);
        Assert.Equal((0.5 * 70 + 0) / (0.5 + 0.81), signals[1].Level!.Value, 12);
        Assert.DoesNotContain(document.Validate(), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Timeline_events_and_settings_are_kept_or_dropped_with_a_warning_each()
    {
        var yaml = Head + "timeline:\n  - { id: visit, kind: summit, round: 2, salienceBoost: 0.2 }\n  - { id: end, kind: deadline, round: 5 }\n"
            + "diplomacy:\n  audienceCost: { leak: 0.4 }\n  credibility: { public: 0.6 }\n";

        var document = Read(yaml);

        Assert.Contains("becomes the negotiation 'visit'", WarningAt(document, "timeline[0]").Message, StringComparison.Ordinal);
        Assert.Contains("stops the run", WarningAt(document, "timeline[1]").Message, StringComparison.Ordinal);
        Assert.Equal(2, document.Scenario.Timeline.Count);
        // §16: a summit is a negotiation with a deadline at its round and a salience boost (here 1 + 0.2) before it.
        var summit = Assert.Single(document.Scenario.Strategic!.Negotiations);
        Assert.Equal(2, summit.Deadline);
        Assert.Equal(1.2, summit.Summit!.Boost!.Value, 12);
        Assert.Equal(0.4, document.Scenario.Strategic!.Parameters.AlphaAudienceLeak);
        Assert.Contains("leak 0.4", WarningAt(document, "diplomacy.audienceCost").Message, StringComparison.Ordinal);
        Assert.Contains("β per channel are dropped", WarningAt(document, "diplomacy.credibility").Message, StringComparison.Ordinal);
        // The warnings come first in validation, in file order.
        Assert.Equal(document.Warnings, document.Validate().Take(document.Warnings.Count));
        Assert.Equal(document.Warnings.OrderBy(w => w.Line), document.Warnings);
    }

    [Fact]
    public void A_file_without_diplomacy_gets_no_layer_and_no_warnings()
    {
        var document = Read(Head.Replace(", reputation: 0.6", "", StringComparison.Ordinal));

        Assert.Null(document.Scenario.Strategic);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void A_mistake_in_a_version_one_section_is_reported_once_where_the_file_makes_it()
    {
        var yaml = Head + "signals:\n  - { id: envoy, from: XX, issue: talks, position: 10, channel: public, round: 1 }\n";

        var errors = Read(yaml).Validate().Where(d => d.Severity == Severity.Error).ToArray();

        var error = Assert.Single(errors);
        Assert.Equal("from", error.Field);
        Assert.Equal(At(yaml, "XX"), (error.Line!.Value, error.Column!.Value));
    }

    [Theory]
    [InlineData("korea-2010-yeonpyeong.yaml", 3, 4)]
    [InlineData("korea-2017-coordination.yaml", 3, 8)]
    [InlineData("climate-2014-us-china.yaml", 2, 5)]
    public void The_examples_map_to_a_valid_layer(string file, int beliefs, int signals)
    {
        var document = ScenarioFiles.Load(Path.Combine(RepositoryRoot.Path, "tests", "data", "diplomacy-v1", file));

        Assert.True(document.StrategicFromVersion1);
        Assert.Equal(beliefs, document.Scenario.Strategic!.Beliefs.Count);
        Assert.Equal(signals, document.Scenario.Strategic.Signals.Count);
        Assert.DoesNotContain(document.Validate(), d => d.Severity == Severity.Error);
        Assert.All(document.Warnings, w => Assert.NotNull(w.Line));
    }
}
