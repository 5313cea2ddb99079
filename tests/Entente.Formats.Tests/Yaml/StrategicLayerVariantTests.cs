using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Domain.Validation;
using static Entente.Formats.Tests.Yaml.StrategicLayerFile;

namespace Entente.Formats.Tests.Yaml;

/// <summary>
/// Variants of a scenario whose diplomacy layer is version 2, read from the file: dropSignal and setChannel act on
/// the layer's signals by id, dropNegotiation on its negotiations, and a patch that names nothing is reported
/// where it stands.
/// </summary>
public class StrategicLayerVariantTests
{
    private static string WithVariant(string patches) =>
        With("diplomacy:\n  version: 2", $"variants:\n  - {{ name: what_if, patches: {patches} }}\ndiplomacy:\n  version: 2");

    private static ScenarioDocument Read(string yaml) => ScenarioFiles.Parse(yaml, "case.yaml");

    private static StrategicLayer Base => Read(StrategicLayerFile.Yaml).Scenario.Strategic!;

    private static StrategicLayer Patched(string patches)
    {
        var document = Read(WithVariant(patches));
        Assert.Empty(document.Validate());
        return VariantPatcher.Apply(document.Scenario, "what_if").Strategic!;
    }

    private static Claim Signal(StrategicLayer layer, string id) => layer.Signals.Single(c => c.Id == id);

    [Fact]
    public void Dropping_a_signal_removes_it_and_the_disowning_of_it()
    {
        var layer = Patched("[{ dropSignal: leak }]");

        Assert.Equal(["envoy", "sacred_war", "md", "red_line", "rebuke", "dossier"], layer.Signals.Select(c => c.Id));
        Assert.Empty(layer.Events);
        Assert.Equal(Base with { Signals = layer.Signals, Events = [] }, layer);
    }

    [Fact]
    public void Going_private_a_claim_without_an_addressee_is_sent_to_the_first_recipient_and_copied_to_the_others()
    {
        var layer = Patched("[{ setChannel: { signal: red_line, channel: private, to: [China, DPRK] } }]");

        Assert.Equal(Signal(Base, "red_line") with { Channel = Channel.Private, To = "China", Cc = ["DPRK"] }, Signal(layer, "red_line"));
        Assert.Equal(Base.Signals.Where(c => c.Id != "red_line"), layer.Signals.Where(c => c.Id != "red_line"));
    }

    [Fact]
    public void Going_private_a_claim_keeps_its_addressee_and_every_recipient_is_copied()
    {
        var layer = Patched("[{ setChannel: { signal: rebuke, channel: private, to: [DPRK, ROK, China] } }]");

        Assert.Equal(Signal(Base, "rebuke") with { Channel = Channel.Private, To = "China", Cc = ["DPRK", "ROK"] }, Signal(layer, "rebuke"));
    }

    [Fact]
    public void Going_public_a_private_claim_loses_its_copies()
    {
        var layer = Patched("[{ setChannel: { signal: envoy, channel: public } }]");

        Assert.Equal(Signal(Base, "envoy") with { Channel = Channel.Public, Cc = [] }, Signal(layer, "envoy"));
        Assert.Equal("DPRK", Signal(layer, "envoy").To);
    }

    [Fact]
    public void A_leak_made_public_can_no_longer_be_disowned()
    {
        var layer = Patched("[{ setChannel: { signal: leak, channel: public } }]");

        Assert.Equal(Channel.Public, Signal(layer, "leak").Channel);
        Assert.Empty(layer.Events);
    }

    [Fact]
    public void Dropping_a_negotiation_removes_its_table()
    {
        var layer = Patched("[{ dropNegotiation: visit }]");

        Assert.Equal(["freeze"], layer.Negotiations.Select(n => n.Id));
        Assert.Equal(Base with { Negotiations = layer.Negotiations }, layer);
    }

    [Fact]
    public void Patches_apply_in_order_and_the_variant_has_no_variants_of_its_own()
    {
        var document = Read(WithVariant("[{ setChannel: { signal: dossier, channel: private, to: [China] } }, { dropSignal: envoy }]"));

        var patched = VariantPatcher.Apply(document.Scenario, "what_if");

        Assert.Equal(["leak", "sacred_war", "md", "red_line", "rebuke", "dossier"], patched.Strategic!.Signals.Select(c => c.Id));
        Assert.Equal(Signal(Base, "dossier") with { Channel = Channel.Private, To = "China" }, Signal(patched.Strategic, "dossier"));
        Assert.Empty(patched.Variants);
        Assert.False(patched.Strategic.FromVersion1);
    }

    [Theory]
    [InlineData("[{ dropSignal: lek }]", "lek", "dropSignal", "variant 'what_if' patches signal 'lek', which does not exist (did you mean 'leak'?)")]
    [InlineData("[{ setChannel: { signal: envoi, channel: public } }]", "{ signal: envoi", "setChannel", "variant 'what_if' patches signal 'envoi', which does not exist (did you mean 'envoy'?)")]
    [InlineData("[{ dropNegotiation: vizit }]", "vizit", "dropNegotiation", "variant 'what_if' patches negotiation 'vizit', which does not exist (did you mean 'visit'?)")]
    [InlineData("[{ setChannel: { signal: md, channel: public } }]", "[{ setChannel", "patches",
        "variant 'what_if' makes the scenario invalid: diplomacy.signals[3].by: signal 'md' has 2 senders; only a joint signal has several (channel: joint)")]
    public void A_patch_that_names_nothing_or_breaks_the_layer_is_reported_where_it_stands(string patches, string needle, string field, string message)
    {
        var yaml = WithVariant(patches);

        var problem = Assert.Single(Read(yaml).Validate());

        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal(At(yaml, needle), (problem.Line!.Value, problem.Column!.Value));
        Assert.Equal(field, problem.Field);
        Assert.Equal(message, problem.Message);
    }
}
