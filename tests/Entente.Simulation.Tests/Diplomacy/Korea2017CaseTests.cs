using Entente.Domain.Diplomacy;
using Entente.Domain.Validation;
using Entente.Models;
using Entente.Simulation.Diplomacy;
using static Entente.Simulation.Tests.Diplomacy.SourceCases;

namespace Entente.Simulation.Tests.Diplomacy;

/// <summary>
/// examples/korea-2017-coordination.yaml as shipped: the president's threats read by Beijing and by Congress, the
/// remedy Baucus and Hass proposed (joint reassurance, the visit as a deadline, a united line), each by a paired
/// Monte Carlo comparison (400 trials, seed 1) whose 90% interval excludes zero.
/// </summary>
public sealed class Korea2017CaseTests
{
    private const string File = "korea-2017-coordination.yaml";
    private static readonly Entente.Domain.Scenario Case = Load(File);
    private static readonly string[] Threats = ["fire_and_fury", "totally_destroy", "little_rocket_man"];

    // What North Korea expects to gain by stalling at its first decision on the freeze: r·w + a (the decision's "cost" side).
    private static double StakeInStalling(ForecastResult r) =>
        r.Strategic!.Rounds.Where(x => x.Round == 1).SelectMany(x => x.Decisions).Single(d => d.Actor == "KP" && d.Signal == "freeze_talks").Cost;

    private static bool ConcedesAtOnce(ForecastResult r) =>
        r.Strategic!.Rounds.Where(x => x.Round == 1).SelectMany(x => x.Decisions).Single(d => d.Actor == "KP" && d.Signal == "freeze_talks").Kind == "concede";

    // China's pressure in round 4, the round before the president's visit.
    private static double PressureBeforeTheVisit(ForecastResult r) => Position(r, "cn_pressure", "CN", 4);

    // The same reassurance, from Washington alone, privately to Beijing.
    private static Entente.Domain.Scenario ReassuranceInPrivate(Entente.Domain.Scenario s) =>
        WithSignal(s, "md_reassurance", c => c with { Senders = new(["US"]), Channel = Channel.Private });

    [Fact]
    public void The_file_is_a_version_2_case_that_validates_without_errors_or_warnings()
    {
        var document = Document(File);
        Assert.False(document.StrategicFromVersion1);
        Assert.DoesNotContain(document.Validate(), d => d.Severity == Severity.Error);
        Assert.Empty(document.Warnings);
        Assert.Equal(Threats, document.Scenario.Strategic!.Signals.Where(s => s.Channel == Channel.Public).Select(s => s.Id));
        Assert.Equal([1, 2, 3], document.Scenario.Strategic.Signals.Where(s => s.Channel == Channel.Public).Select(s => s.Round));
    }

    [Fact]
    public void Nominal_run_the_presidents_threats_are_babble_to_beijing_and_credible_to_congress()
    {
        var run = Nominal(Case);
        foreach (var threat in Threats)
        {
            var beijing = Reading(run, threat, "CN");
            var congress = Reading(run, threat, "CG");
            Assert.Equal(0, beijing.Credibility, 12);
            Assert.True(congress.Credibility > beijing.Credibility + 0.4, $"{threat}: Congress {congress.Credibility}");
        }
    }

    [Fact]
    public void Over_the_types_congress_finds_every_threat_more_credible_than_beijing_does()
    {
        var trials = Paired(Case, Case).Base;
        foreach (var threat in Threats)
        {
            var beijing = trials.Select(PairedRuns.Credibility(threat, "CN")).ToArray();
            var congress = trials.Select(PairedRuns.Credibility(threat, "CG")).ToArray();
            Assert.All(beijing, c => Assert.Equal(0, c, 12));
            Higher(PairedDifference.Of(beijing, congress));
        }
    }

    [Fact]
    public void The_joint_public_reassurance_is_credible_to_beijing_where_the_same_reassurance_in_private_is_not()
    {
        var joint = Reading(Nominal(Case), "md_reassurance", "CN");
        Assert.Equal(1, joint.Credibility, 9);
        Assert.True(joint.PosteriorMean > joint.PriorMean);
        var quiet = Reading(Nominal(ReassuranceInPrivate(Case)), "md_reassurance", "CN");
        Assert.Equal("babbling", quiet.Kind);
        Assert.True(quiet.Credibility < 0.5, $"private credibility {quiet.Credibility}");

        var runs = Paired(Case, ReassuranceInPrivate(Case));
        Lower(runs.Compare(PairedRuns.Credibility("md_reassurance", "CN")));
        Lower(runs.Compare(PairedRuns.Posterior("md_reassurance", "CN")));
        Lower(runs.Compare(PressureBeforeTheVisit));
    }

    [Fact]
    public void The_visit_as_a_deadline_brings_chinas_concession_forward_to_before_it()
    {
        var asItWas = Variant(Case, "as-it-was");
        var nominal = Nominal(asItWas);
        Assert.Equal(40, Position(nominal, "cn_pressure", "CN", 3));
        Assert.Equal(70, Position(nominal, "cn_pressure", "CN", 4));
        Assert.Equal(40, Position(Nominal(Variant(Case, "as-it-was-without-the-visit")), "cn_pressure", "CN", 4));

        var runs = Paired(asItWas, Variant(Case, "as-it-was-without-the-visit"));
        Lower(runs.Compare(PressureBeforeTheVisit));
    }

    [Fact]
    public void Unity_removes_north_koreas_gain_from_stalling()
    {
        var united = Nominal(Case);
        Assert.Equal(0, StakeInStalling(united), 12);
        Assert.True(ConcedesAtOnce(united));

        var runs = Paired(Case, Variant(Case, "divided"));
        Assert.All(runs.Base, r => Assert.Equal(0, StakeInStalling(r), 12));
        Higher(runs.Compare(StakeInStalling));
        Lower(runs.CompareEvent(ConcedesAtOnce).Difference);
    }
}
