using CsCheck;
using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Tests.Diplomacy.V2.StageGame;

/// <summary>P26 and the general conditions of §5: whatever the game, the selected equilibrium is one.</summary>
public sealed class StageGameSolverPropertyTests
{
    private const double E = 1e-9;

    [Fact]
    public void Every_selected_equilibrium_satisfies_the_conditions_of_section_5()
    {
        var fallbacks = 0;
        var solved = 0;
        RandomGames.Any.Sample(game =>
        {
            var s = StageGameSolver.Solve(game);
            solved++;
            if (s.Kind == EquilibriumKind.Fallback)
            {
                fallbacks++;
                return;
            }
            var mu = Probability.Normalise([.. game.Senders.Select(t => t.Prior)]);
            var nu = Probability.Normalise([.. game.Receivers.Select(r => r.Weight)]);
            // The receiver: each response probability lies between the weights of types that strictly
            // prefer to yield and of those that weakly do.
            foreach (var (c, rho) in new[] { (s.SilentCredibility, s.Rho0), (s.ClaimCredibility, s.Rho1) })
            {
                var low = Enumerable.Range(0, nu.Length).Where(u => game.Receivers[u].Threshold < c - E).Sum(u => nu[u]);
                var high = Enumerable.Range(0, nu.Length).Where(u => game.Receivers[u].Threshold <= c + E).Sum(u => nu[u]);
                Assert.InRange(rho, low - E, high + E);
            }
            // Credibility is the posterior's follow-through.
            Assert.Equal(Probability.Mean([.. game.Senders.Select(t => t.FollowThroughClaim)], s.PosteriorClaim), s.ClaimCredibility, 1e-9);
            Assert.Equal(Probability.Mean([.. game.Senders.Select(t => t.FollowThroughSilent)], s.PosteriorSilent), s.SilentCredibility, 1e-9);
            Assert.Equal(1.0, s.PosteriorClaim.Sum(), 1e-9);
            Assert.Equal(1.0, s.PosteriorSilent.Sum(), 1e-9);
            if (s.Kind == EquilibriumKind.Babbling)
            {
                return;
            }
            // The sender: every type best-responds to the responses.
            var p1 = 0.0;
            for (var t = 0; t < mu.Length; t++)
            {
                var d = StageGameSolver.Gain(game.Senders[t], s.Rho0, s.Rho1);
                var sigma = s.Sigma[t];
                Assert.True(sigma >= 1 - 1e-12 ? d >= -E : sigma <= 1e-12 ? d <= E : Math.Abs(d) <= E, $"type {t}: σ {sigma}, D {d}");
                p1 += mu[t] * sigma;
            }
            // On path, Bayes' rule.
            for (var t = 0; t < mu.Length; t++)
            {
                if (p1 > 1e-12)
                {
                    Assert.Equal(mu[t] * s.Sigma[t] / p1, s.PosteriorClaim[t], 1e-9);
                }
                if (1 - p1 > 1e-12)
                {
                    Assert.Equal(mu[t] * (1 - s.Sigma[t]) / (1 - p1), s.PosteriorSilent[t], 1e-9);
                }
            }
        }, iter: 4000);
        // The notes report fallbacks in about 0.03% of template games and ~1% of games with arbitrary payoffs.
        Assert.True(fallbacks < solved / 50, $"{fallbacks} fallbacks in {solved} games");
    }

    [Fact]
    public void The_selection_does_not_depend_on_the_order_in_which_types_are_listed()
    {
        Gen.Select(RandomGames.Any, Gen.Int.Array[6]).Sample((game, keys) =>
        {
            var order = Enumerable.Range(0, game.Senders.Length).OrderBy(i => keys[i]).ThenBy(i => i).ToArray();
            var shuffled = new SignallingGame([.. order.Select(i => game.Senders[i])], [.. game.Receivers.Reverse()]);
            var a = StageGameSolver.Solve(game);
            var b = StageGameSolver.Solve(shuffled);
            Assert.Equal(a.Kind, b.Kind);
            Assert.Equal(a.Equilibria, b.Equilibria);
            Assert.Equal(a.Informativeness, b.Informativeness, 1e-9);
            Assert.Equal(a.ClaimProbability, b.ClaimProbability, 1e-9);
        }, iter: 2000);
    }

    [Fact]
    public void Types_without_weight_are_dropped_and_their_strategy_read_off_the_responses()
    {
        // W3 with a = 0.15 and a sixth, weightless type of resolve 1.2, which would send.
        var senders = Claims.Games.FearonSenders(0.3).Select(s => s).Append(new(0.0, 0.6, 0.3, 0.0)).ToArray();
        var game = Entente.Models.Diplomacy.Claims.ThreatClaim.Game(senders, Claims.Games.Receivers((0.3, 0.15, 0.5), (0.7, 1.0, 0.5)),
            new Entente.Models.Diplomacy.Claims.ClaimTerms { AudienceCost = 0.15 });
        var s = StageGameSolver.Solve(game);
        Near.Equal([0, 0, 0, 1, 1, 1], s.Sigma);
        Near.Equal([0, 0, 0, 0.5, 0.5, 0], s.PosteriorClaim);
        Near.Equal(1, s.ClaimCredibility);
    }

    [Fact]
    public void Invalid_games_are_refused_with_every_problem_named()
    {
        var problems = SignallingGame.Problems(
            [new SenderType(-1, 0, double.NaN, 0, 0, 2, 0)],
            [new ReceiverType(0, double.NaN)]);
        Assert.Contains(problems, p => p.StartsWith("senders[0].prior", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("senders[0].payoff[0][1]", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("senders[0].followThrough[0]", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("receivers[0].threshold", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("receivers: the weights", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => new SignallingGame([], []));
    }
}
