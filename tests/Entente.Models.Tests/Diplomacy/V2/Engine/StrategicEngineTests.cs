using System.Text.Json;
using Entente.Domain.Diplomacy;
using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Engine;

namespace Entente.Models.Tests.Diplomacy.V2.Engine;

/// <summary>The round loop of §11.1 over the expected utility model: P2, P4, P15 and determinism on small cases.</summary>
public sealed class StrategicEngineTests
{
    private static string Issues(ForecastResult r) => JsonSerializer.Serialize(r.Issues.Select(i => new { i.IssueId, i.Forecast, Rounds = i.Rounds.Select(x => x.Positions) }));

    [Fact]
    public void P2_a_layer_with_nothing_in_it_leaves_the_base_model_bit_for_bit()
    {
        var plain = Cases.Trio() with { Strategic = null };
        var neutral = Cases.Trio() with { Strategic = new StrategicLayer { Uncertainty = Uncertainty.None } };
        var auto = Cases.Trio() with { Strategic = new StrategicLayer() };

        Assert.Equal(Issues(Cases.RunEum(plain)), Issues(Cases.Run(neutral)));
        Assert.Equal(Issues(Cases.RunEum(plain)), Issues(Cases.Run(auto)));
    }

    [Fact]
    public void P4_a_private_signal_moves_only_the_addressees_and_ccs_beliefs_and_never_the_senders()
    {
        var run = Cases.Run(Cases.Trio(Cases.Promise("p", Channel.Private)));
        var reading = Assert.Single(run.Strategic!.Rounds[0].Signals);
        Assert.Equal(["R"], reading.Observers.Select(o => o.Observer));

        var withCc = Cases.Run(Cases.Trio(Cases.Promise("p", Channel.Private, cc: ["T"])));
        Assert.Equal(["R", "T"], withCc.Strategic!.Rounds[0].Signals[0].Observers.Select(o => o.Observer));
    }

    [Theory]
    [InlineData(Channel.Leak)]
    [InlineData(Channel.Public)]
    public void P4_a_leaked_or_public_signal_is_read_by_every_observer_but_the_sender(Channel channel)
    {
        var run = Cases.Run(Cases.Trio(Cases.Promise("p", channel)));
        Assert.Equal(["R", "T"], run.Strategic!.Rounds[0].Signals[0].Observers.Select(o => o.Observer));
    }

    [Fact]
    public void Without_a_reputation_stake_a_private_promise_is_cheap_talk_and_the_same_promise_on_record_ties_hands()
    {
        static ObserverReading Read(Channel channel)
        {
            var scenario = Cases.Trio(Cases.Promise("p", channel));
            scenario = scenario with { Strategic = scenario.Strategic! with { Parameters = new LayerParameters { Psi = 0 } } };
            return Cases.Run(scenario).Strategic!.Rounds[0].Signals[0].Observers[0];
        }
        var privately = Read(Channel.Private);
        var publicly = Read(Channel.Public);

        Assert.Equal("R", publicly.Observer);
        Assert.Equal("q", publicly.Dimension);
        Assert.Equal("babbling", privately.Kind);
        Assert.Equal(0.5, privately.PriorMean, 12); // the automatic prior on q: (¼, ½, ¼) on (0, ½, 1)
        Assert.Equal(privately.PriorMean, privately.PosteriorMean, 12);
        Assert.True(publicly.Credibility > privately.Credibility, $"{publicly.Credibility} vs {privately.Credibility}");
        Assert.True(publicly.PosteriorMean > publicly.PriorMean);
    }

    [Fact]
    public void The_same_seed_gives_the_same_run()
    {
        var scenario = Cases.Trio(Cases.Promise("p", Channel.Public), Cases.Threat("t", Channel.Leak, round: 2));
        var a = Cases.Run(scenario, context: new ModelRunContext { Seed = 5, Trial = 3 });
        var b = Cases.Run(scenario, context: new ModelRunContext { Seed = 5, Trial = 3 });
        Assert.Equal(JsonSerializer.Serialize(a), JsonSerializer.Serialize(b));
    }

    [Fact]
    public void Every_observer_in_the_audience_gets_a_reading_with_probabilities_in_range()
    {
        var run = Cases.Run(Cases.Trio(Cases.Promise("p", Channel.Public), Cases.Threat("t", Channel.Public, round: 2)));
        foreach (var reading in run.Strategic!.Rounds.SelectMany(r => r.Signals).SelectMany(s => s.Observers))
        {
            Assert.InRange(reading.Credibility, 0, 1);
            Assert.InRange(reading.C0, 0, 1);
        }
    }
}
