using Entente.Domain;
using Entente.Models.Tests.ExpectedUtility;

namespace Entente.Models.Tests.NashBargaining;

public sealed class NashBargainingModelTests
{
    private static Scenario TwoActors(double capabilityA, double capabilityB, double? statusQuo) =>
        OneIssue.Of(("A", 4, 1, capabilityA), ("B", 10, 1, capabilityB)) with
        {
            Issues = [new Issue { Id = "issue", Name = "issue", Scale = new IssueScale { Min = 0, Max = 10 }, StatusQuo = statusQuo }],
        };

    [Fact]
    public void Linear_equal_capabilities_the_veto_of_the_actor_nearest_the_status_quo_binds()
    {
        // Status quo 0: A at 4 accepts only [0, 8]; on [4, 8] log(8 − x) + log x peaks at x = 4.
        Assert.Equal(4, OneIssue.Run("nbs", TwoActors(1, 1, 0)).Forecast, 6);
    }

    [Fact]
    public void Linear_capabilities_1_and_3_maximise_log_of_8_minus_x_plus_3_log_x()
    {
        // d/dx: −1/(8 − x) + 3/x = 0 at x = 6.
        Assert.Equal(6, OneIssue.Run("nbs", TwoActors(1, 3, 0)).Forecast, 6);
    }

    [Fact]
    public void Quadratic_equal_capabilities_root_of_x2_minus_21x_plus_80()
    {
        // Gains 16 − (x − 4)² and 100 − (x − 10)²; the Nash product peaks where x² − 21x + 80 = 0, x = 5.
        Assert.Equal(5, OneIssue.Run("nbs", TwoActors(1, 1, 0), null, new ModelOption("utility", "quadratic")).Forecast, 6);
    }

    [Fact]
    public void Without_a_status_quo_disagreement_is_the_scale_end_farthest_from_the_compromise()
    {
        // Compromise (4 + 10) / 2 = 7 on 0-10: 0 is farther, so the status quo is 0 and the result as above.
        var forecast = OneIssue.Run("nbs", TwoActors(1, 1, null));
        Assert.Equal(0, forecast.Details["statusQuo"]);
        Assert.Equal(4, forecast.Forecast, 6);
    }
}
