namespace Entente.Models.Tests.ExpectedUtility;

/// <summary>
/// The bdm variant on cases worked by hand. With two actors at 0 and 10 (Δ = 10, d = 1): U_s = 2, U_f = −2,
/// U_sq(r) = 2 − 4·0.5^r, P_AB = w_A / (w_A + w_B), so E^h(U_ij) = 2 − 4·s_j·P_ji − U_sq(r_h). The actor in
/// more danger gets r = 0.5 (U_sq = 2 − 2√2), the other r = 2 (U_sq = 1).
/// </summary>
public sealed class BdmOfferTests
{
    private const double Precision = 1e-12;
    private static readonly double Root2 = Math.Sqrt(2);

    [Fact]
    public void Confrontation_the_receiver_loses_and_takes_the_proposers_position()
    {
        // w_A = 0.04, w_B = 0.08: P_AB = 1/3. Danger (r = 1): D_A = 2 − 0.8/3 > D_B = 2 − 1.6/3, so r_A = 0.5.
        // E_AB = 2√2 − 0.8·2/3 > 0 and E_BA = 2√2 − 0.8/3 > E_AB: A loses the confrontation.
        var forecast = OneIssue.Run("eum", OneIssue.Of(("A", 0, 0.2, 0.2), ("B", 10, 0.2, 0.4)), rounds: 1);

        var offer = forecast.Rounds[1].Offers!.Single(o => o.Receiver == "A");
        Assert.Equal(OfferKind.Confrontation, offer.Kind);
        Assert.Equal("B", offer.Proposer);
        Assert.Equal(10, offer.To);
        Assert.Equal(0.5, forecast.Rounds[1].Risk!["A"], Precision);
        Assert.Equal(2, forecast.Rounds[1].Risk!["B"], Precision);
        Assert.Equal(2 * Root2 - 1.6 / 3, offer.ReceiverUtility, Precision);
        Assert.Equal(2 * Root2 - 0.8 / 3, offer.ProposerUtility, Precision);
    }

    [Fact]
    public void Compromise_the_receiver_moves_by_the_ratio_of_the_two_expected_utilities()
    {
        // w_A = 0.04, w_B = 0.32: P_AB = 1/9, r_A = 0.5. E_AB = 2√2 − 3.2·8/9 < 0 < E_BA = 2√2 − 0.8/9,
        // and E_BA > |E_AB|: A moves 10·|E_AB / E_BA| toward B.
        var forecast = OneIssue.Run("eum", OneIssue.Of(("A", 0, 0.2, 0.2), ("B", 10, 0.8, 0.4)), rounds: 1);

        var eab = 2 * Root2 - 3.2 * 8 / 9;
        var eba = 2 * Root2 - 0.8 / 9;
        var offer = forecast.Rounds[1].Offers!.Single(o => o.Receiver == "A");
        Assert.Equal(OfferKind.Compromise, offer.Kind);
        Assert.Equal(eab, offer.ReceiverUtility, Precision);
        Assert.Equal(eba, offer.ProposerUtility, Precision);
        Assert.Equal(10 * Math.Abs(eab / eba), forecast.Rounds[1].Positions["A"], Precision);
    }

    [Fact]
    public void Capitulation_is_taken_by_bdm()
    {
        // C at 10 has the least danger, r_C = 2: U_sq = 1. Against B at 4 (d = 0.6): U_s = 2 − 4·0.2² = 1.84,
        // U_f = 2 − 4·0.8² = −0.56. Votes (w = 0.2, 1.8, 1.0) for 10 over 4: −0.12, −1.08, +0.6, so P_CB = 1/3.
        // E_CB = 0.6(1.84/3 − 0.56·2/3) + 0.4·1.84 − 1 = −0.12; E_BC = 1.0(1.84·2/3 − 0.56/3) − 1 = 0.04.
        // E_BC > 0 > E_CB and E_BC < |E_CB|: C capitulates and takes B's position.
        var forecast = OneIssue.Run("eum", OneIssue.Of(("A", 0, 0.2, 1), ("B", 4, 0.6, 3), ("C", 10, 1.0, 1)), rounds: 1);

        Assert.Equal(2, forecast.Rounds[1].Risk!["C"], Precision);
        var offer = forecast.Rounds[1].Offers!.Single(o => o.Receiver == "C");
        Assert.Equal(OfferKind.Capitulation, offer.Kind);
        Assert.Equal("B", offer.Proposer);
        Assert.Equal(-0.12, offer.ReceiverUtility, Precision);
        Assert.Equal(0.04, offer.ProposerUtility, Precision);
        Assert.Equal(4, forecast.Rounds[1].Positions["C"]);
    }

    [Fact]
    public void The_capitulation_branch_is_dead_in_scholz_as_in_the_reconstruction()
    {
        Assert.Equal(OfferKind.Capitulation, ExpectedUtilityRules.Classify(-0.12, 0.04, Models.ExpectedUtility.EumVariant.Bdm));
        Assert.Null(ExpectedUtilityRules.Classify(-0.12, 0.04, Models.ExpectedUtility.EumVariant.Scholz));
        Assert.Equal(OfferKind.Compromise, ExpectedUtilityRules.Classify(-0.04, 0.12, Models.ExpectedUtility.EumVariant.Scholz));
    }

    [Fact]
    public void Least_movement_bdm_prefers_a_small_compromise_to_a_far_confrontation()
    {
        // Worked with an independent script of the specification: B (at 3) has a confrontation from C
        // (to 6, E = 0.3080 vs 0.5122) and a compromise from D (E = −0.01799 vs 1.2328), which moves it
        // only to 3.10217. bdm takes the compromise; the scholz rule would put any confrontation first.
        var forecast = OneIssue.Run("eum",
            OneIssue.Of(("A", 0, 0.3, 1), ("B", 3, 0.3, 1), ("C", 6, 0.3, 1), ("D", 10, 0.7, 3)), rounds: 1);

        var offer = forecast.Rounds[1].Offers!.Single(o => o.Receiver == "B");
        Assert.Equal(OfferKind.Compromise, offer.Kind);
        Assert.Equal("D", offer.Proposer);
        Assert.Equal(3.1021741996880006, offer.To, 1e-9);
        var confrontation = forecast.Rounds[1].Dyads!.Single(d => d.Actor == "B" && d.Other == "C");
        Assert.Equal(DyadKind.Conflict, confrontation.Kind);
    }

    [Theory]
    [InlineData(new[] { "L", "M", "R" }, 0.0)]
    [InlineData(new[] { "R", "M", "L" }, 10.0)]
    public void Ties_go_to_the_proposer_listed_first(string[] order, double expected)
    {
        // M at 5 between two identical actors at 0 and 10 loses both confrontations by the same 5 points.
        var rows = new Dictionary<string, (string, double, double, double)>
        {
            ["L"] = ("L", 0, 0.5, 1), ["M"] = ("M", 5, 0.2, 0.5), ["R"] = ("R", 10, 0.5, 1),
        };
        var forecast = OneIssue.Run("eum", OneIssue.Of([.. order.Select(a => rows[a])]), rounds: 1);

        Assert.Equal(expected, forecast.Rounds[1].Positions["M"]);
        Assert.Equal(OfferKind.Confrontation, forecast.Rounds[1].Offers!.Single(o => o.Receiver == "M").Kind);
    }
}
