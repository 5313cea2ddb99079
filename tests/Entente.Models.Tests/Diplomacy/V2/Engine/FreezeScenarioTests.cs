using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Engine;
using Claim = Entente.Domain.Strategic.Claim;

namespace Entente.Models.Tests.Diplomacy.V2.Engine;

/// <summary>
/// W15d written as a scenario and run through the round loop: North Korea's choice to stall or concede on a freeze
/// against a coalition that is divided (South Korea at 60, China at 40, no stands) or united (100 and 80, a joint
/// public stand), with China's pressure raising the North's cost of waiting.
/// </summary>
public sealed class FreezeScenarioTests
{
    private static Scenario Case(bool united, double pressure)
    {
        Stance S(string a, string i, double x, double s) => new() { ActorId = a, IssueId = i, Position = x, Salience = s };
        BeliefDeclaration B(string about, double low, double high) => new()
        {
            Observer = "KP", About = about, Dimension = TypeDimension.Resolve, Issue = "freeze",
            Prior = new TypePrior { Grid = [low, high], Uniform = true },
        };
        Actor A(string id, double c) => new() { Id = id, Name = id, Capability = c };
        var coalition = new[] { "US", "KR", "JP", "CN" };
        return new Scenario
        {
            Name = "W15d",
            Actors = [A("KP", 0.3), A("US", 1), A("KR", 0.4), A("JP", 0.5), A("CN", 0.9)],
            Issues = [new Issue { Id = "freeze", Name = "freeze", Scale = IssueScale.Percent }, new Issue { Id = "cn_pressure", Name = "cn_pressure", Scale = IssueScale.Percent }],
            Stances =
            [
                S("KP", "freeze", 0, 0.8), S("US", "freeze", 100, 0.7), S("KR", "freeze", united ? 100 : 60, 0.5),
                S("JP", "freeze", 100, 0.7), S("CN", "freeze", united ? 80 : 40, 0.4),
                S("CN", "cn_pressure", pressure, 0.5),
            ],
            Strategic = new StrategicLayer
            {
                Uncertainty = Uncertainty.None,
                Parameters = new LayerParameters { Psi = 0, LearnFromMoves = false },
                Actors = [new ActorTraits { Actor = "CN", AudienceCapacity = 0.05 }],
                Issues = [new UnilateralIssue("cn_pressure", "CN")],
                Beliefs = [B("US", 0.6, 0.9), B("JP", 0.6, 0.9), B("KR", 0.3, 0.6), B("CN", 0.2, 0.5)],
                Delay =
                [
                    new DelayTerms { Actor = "KP", Base = 0.01, Benefit = 0.03, From = [new DelayLink("CN", "cn_pressure", 0.05)] },
                ],
                Negotiations = [new Negotiation { Id = "freeze-talks", Parties = [], Sides = [["KP"], [.. coalition]], Issues = ["freeze"] }],
                Signals = united
                    ? [new Claim { Id = "one-voice", Round = 1, Senders = [.. coalition], To = "KP", Channel = Channel.Joint, Kind = ClaimKind.Stand, Issue = "freeze", Level = 100 }]
                    : [],
            },
        };
    }

    private static LayerDecision North(ForecastResult run) =>
        run.Strategic!.Rounds.First().Decisions.Single(d => d.Actor == "KP" && d.Kind is "hold" or "concede");

    private static ForecastResult Run(Scenario s) => Cases.Run(s, context: new ModelRunContext { Rounds = 20 });

    [Fact]
    public void A_divided_coalition_makes_stalling_pay()
    {
        var decision = North(Run(Case(united: false, pressure: 40)));
        Assert.Equal("hold", decision.Kind);
        Near.Equal(0.0, decision.Value);                     // K = h − g = 0.01 + 0.05·0.4 − 0.03
        Near.Equal(0.8 * 0.107142857143, decision.Cost);     // r·w, w from South Korea's and China's likely folding
    }

    [Theory]
    [InlineData(30, "hold", -0.005)]
    [InlineData(80, "concede", 0.02)]
    public void United_the_coalition_leaves_nothing_to_wait_for_and_chinas_pressure_decides(double pressure, string kind, double cost)
    {
        var decision = North(Run(Case(united: true, pressure)));
        Assert.Equal(kind, decision.Kind);
        Near.Equal(cost, decision.Value);
        Near.Equal(0.0, decision.Cost);
    }
}

/// <summary>Joint claims (§4.4): a joint stand binds every co-sender, each read and tested on its own.</summary>
public sealed class JointClaimTests
{
    [Fact]
    public void A_joint_stand_is_a_stand_by_every_co_sender()
    {
        var scenario = Cases.Trio(new Claim
        {
            Id = "line", Round = 1, Senders = ["S", "T"], To = "R", Channel = Channel.Joint, Kind = ClaimKind.Stand, Issue = "trade", Level = 60,
        });
        var signals = Cases.Run(scenario).Strategic!.Rounds[0].Signals;
        Assert.Equal(["line", "line/T"], signals.Select(s => s.Id));
        Assert.Equal(["S", "T"], signals.Select(s => s.Sender));
        // Each is read by everyone but its senders.
        Assert.All(signals, s => Assert.Equal(["R"], s.Observers.Select(o => o.Observer)));
    }
}
