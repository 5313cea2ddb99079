using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Engine;
using Claim = Entente.Domain.Strategic.Claim;

namespace Entente.Models.Tests.Diplomacy.V2.Engine;

/// <summary>
/// W14 of the specification written as a scenario and run through the round loop: China's private envoy to
/// Pyongyang, the US official leak crediting China's pressure, China's choice of pressure and North Korea's
/// choice of military response as best responses (unilateral issues), with the spec's illustrative inputs.
/// </summary>
public sealed class Korea2010ScenarioTests
{
    private static TypeDeclaration Point(string of, string issue, double r) =>
        new() { Of = of, Dimension = TypeDimension.Resolve, Issue = issue, Prior = new TypePrior { Point = r } };

    private static Scenario Case(double northResolve, bool envoy, Channel? leak)
    {
        Stance S(string a, string i, double x, double s) => new() { ActorId = a, IssueId = i, Position = x, Salience = s };
        Issue I(string id) => new() { Id = id, Name = id, Scale = IssueScale.Percent };
        var signals = new List<Claim>();
        if (envoy)
        {
            signals.Add(new Claim
            {
                Id = "envoy", Round = 1, Senders = ["CN"], To = "KP", Channel = Channel.Private, Kind = ClaimKind.Threat,
                Ask = new Bound("nk_strike", BoundDirection.AtMost, 20), Action = new ClaimAction { Issue = "cn_aid", To = 20 },
                Success = 0.5, Reaction = new Reaction { Issue = "alignment", Shift = 50 },
            });
        }
        if (leak is { } channel)
        {
            signals.Add(new Claim
            {
                Id = "leak", Round = 1, Senders = ["US"], To = "CN", Channel = channel, Kind = ClaimKind.Credit,
                Issue = "cn_pressure", Action = new ClaimAction { Issue = "us_cn_stance", To = 85 },
            });
        }
        return new Scenario
        {
            Name = "W14",
            Actors = [new Actor { Id = "US", Name = "US", Capability = 1 }, new Actor { Id = "CN", Name = "China", Capability = 1 }, new Actor { Id = "KP", Name = "North Korea", Capability = 0.5 }],
            Issues = [I("nk_strike"), I("cn_aid"), I("cn_pressure"), I("us_cn_stance"), I("alignment")],
            Stances =
            [
                S("KP", "nk_strike", 0, northResolve), S("CN", "nk_strike", 0, 0.6),
                S("CN", "cn_aid", 80, 0.4), S("KP", "cn_aid", 100, 0.8),
                S("CN", "cn_pressure", 60, 0.5), S("US", "cn_pressure", 100, 0.2),
                S("US", "us_cn_stance", 40, 0.4), S("CN", "us_cn_stance", 100, 0.6),
                S("CN", "alignment", 0, 0.5),
            ],
            Strategic = new StrategicLayer
            {
                Parameters = new LayerParameters { Psi = 0 },
                Actors =
                [
                    new ActorTraits { Actor = "CN", HonourScale = 0.1 },
                    new ActorTraits { Actor = "US", HonourScale = 0.5, AudienceCapacity = 0.6 },
                ],
                Ideals = [new IdealPoint("KP", "nk_strike", 70), new IdealPoint("CN", "cn_pressure", 30)],
                Issues =
                [
                    new UnilateralIssue("nk_strike", "KP"), new UnilateralIssue("cn_aid", "CN"),
                    new UnilateralIssue("cn_pressure", "CN"), new UnilateralIssue("us_cn_stance", "US"),
                ],
                Leverage = [new Leverage { By = "CN", Over = "KP", Issue = "nk_strike", Via = "cn_pressure", Scale = 0.5 }],
                Types =
                [
                    new TypeDeclaration { Of = "CN", Dimension = TypeDimension.Resolve, Issue = "nk_strike", Prior = new TypePrior { Grid = [0.2, 0.4, 0.6, 0.8], Uniform = true }, True = 0.6 },
                    new TypeDeclaration { Of = "KP", Dimension = TypeDimension.Resolve, Issue = "nk_strike", Prior = new TypePrior { Grid = [0.4, 0.6, 0.8], Uniform = true }, True = northResolve },
                    new TypeDeclaration { Of = "CN", Dimension = TypeDimension.Reciprocity, Prior = new TypePrior { Point = 0.5 } },
                    new TypeDeclaration { Of = "US", Dimension = TypeDimension.Reciprocity, Prior = new TypePrior { Grid = [0, 0.5, 1], Prior = [0.5, 0.3, 0.2] } },
                    Point("CN", "cn_aid", 0.4), Point("KP", "cn_aid", 0.8), Point("CN", "cn_pressure", 0.5), Point("US", "cn_pressure", 0.2),
                    Point("US", "us_cn_stance", 0.4), Point("CN", "us_cn_stance", 0.6),
                ],
                Signals = [.. signals],
            },
        };
    }

    private static ObserverReading Reading(ForecastResult run, string signal) =>
        run.Strategic!.Rounds.SelectMany(r => r.Signals).Single(s => s.Id == signal).Observers.Single();

    private static double Forecast(ForecastResult run, string issue) => run.Issues.Single(i => i.IssueId == issue).Forecast;

    [Fact]
    public void W14a_the_envoys_threat_read_in_pyongyang_is_half_credible_and_raises_its_belief_in_chinas_resolve()
    {
        var envoy = Reading(Cases.Run(Case(0.6, envoy: true, leak: null)), "envoy");
        Assert.Equal("KP", envoy.Observer);
        Assert.Equal("pure", envoy.Kind);
        Near.Equal(0.5, envoy.Credibility);
        Near.Equal(0.5, envoy.PriorMean);
        Near.Equal(0.7, envoy.PosteriorMean);
    }

    [Theory]
    [InlineData(Channel.Leak, "pure", 1.0, 0.7)]
    [InlineData(Channel.Private, "babbling", 0.5, 0.35)]
    public void W14b_the_leaked_credit_convinces_beijing_that_washington_reciprocates_the_private_one_does_not(Channel channel, string kind, double credibility, double posterior)
    {
        var leak = Reading(Cases.Run(Case(0.6, envoy: true, leak: channel)), "leak");
        Assert.Equal("CN", leak.Observer);
        Assert.Equal("q", leak.Dimension);
        Assert.Equal(kind, leak.Kind);
        Near.Equal(credibility, leak.Credibility);
        Near.Equal(0.35, leak.PriorMean);
        Near.Equal(posterior, leak.PosteriorMean);
    }

    [Theory]
    [InlineData(true, 60)]
    [InlineData(false, 30)]
    public void W14b_china_keeps_its_pressure_only_after_the_leak(bool leak, double pressure)
    {
        var run = Cases.Run(Case(0.6, envoy: true, leak: leak ? Channel.Leak : null));
        Assert.Equal(pressure, Forecast(run, "cn_pressure"));
    }

    [Theory]
    [InlineData(0.4, false, false, 70)]
    [InlineData(0.6, false, false, 70)]
    [InlineData(0.8, false, false, 70)]
    [InlineData(0.4, true, false, 20)]
    [InlineData(0.6, true, false, 70)]
    [InlineData(0.8, true, false, 70)]
    [InlineData(0.4, true, true, 20)]
    [InlineData(0.6, true, true, 20)]
    [InlineData(0.8, true, true, 70)]
    public void W14c_pyongyang_holds_back_only_after_the_envoy_and_more_types_hold_back_when_the_leak_keeps_chinas_pressure(
        double northResolve, bool envoy, bool leak, double strike)
    {
        var run = Cases.Run(Case(northResolve, envoy, leak ? Channel.Leak : null));
        Assert.Equal(strike, Forecast(run, "nk_strike"));
    }

    [Fact]
    public void The_credit_is_honoured_when_china_keeps_its_pressure_and_washington_softens_its_stance()
    {
        var run = Cases.Run(Case(0.6, envoy: true, leak: Channel.Leak));
        var honour = run.Strategic!.Rounds.SelectMany(r => r.Decisions).First(d => d.Signal == "leak");
        Assert.Equal("honour", honour.Kind);
        Assert.Equal(85, Forecast(run, "us_cn_stance"));
    }
}
