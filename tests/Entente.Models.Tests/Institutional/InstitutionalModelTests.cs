using Entente.Domain;

namespace Entente.Models.Tests.Institutional;

public class InstitutionalModelTests
{
    private static Scenario Issue(double? statusQuo) => new()
    {
        Name = "t",
        Actors = [new Actor { Id = "com", Name = "com", Capability = 1, Groups = ["agenda-setter"] }, new Actor { Id = "a", Name = "a", Capability = 1 }],
        Issues = [new Issue { Id = "i", Name = "i", Scale = IssueScale.Percent, StatusQuo = statusQuo }],
        Stances = [new Stance { ActorId = "com", IssueId = "i", Position = 80, Salience = 1 }, new Stance { ActorId = "a", IssueId = "i", Position = 20, Salience = 0.25 }],
    };

    private static double Forecast(Scenario s, params ModelOption[] options) =>
        ModelCatalog.Create("institutional", options).Run(s, ModelRunContext.Default).Issues[0].Forecast;

    [Fact]
    public void With_neutral_options_it_is_the_compromise_model()
    {
        var s = Issue(0);
        var neutral = Forecast(s, new("agenda-setter", "1"), new("salience-exponent", "1"), new("reference-push", "0"));
        Assert.Equal((80 * 1 + 20 * 0.25) / 1.25, neutral, 12);
    }

    [Fact]
    public void The_agenda_setter_multiplier_and_the_push_away_from_the_status_quo_act_as_documented()
    {
        var s = Issue(0);
        // Weights 3·1 and 1·0.25^0.5 = 0.5: mean (240 + 10) / 3.5; pushed 5% further from 0.
        var mean = (3 * 80 + 0.5 * 20) / 3.5;
        Assert.Equal(mean * 1.05, Forecast(s), 12);
        Assert.Equal(mean, Forecast(Issue(null)), 12);
    }
}
