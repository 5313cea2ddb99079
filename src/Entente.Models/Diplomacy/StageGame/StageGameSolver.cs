using System.Collections.Immutable;

namespace Entente.Models.Diplomacy.StageGame;

/// <summary>
/// Solves a signalling stage game by the finite enumeration of specification §5: every pair of response
/// states (silence, claim) is tried with the candidates of §5.3, posteriors follow Bayes on path and D1 off
/// path (§5.4), and one valid candidate is selected by the deterministic rule of §5.5. There is no
/// iteration, hence no convergence criterion: the same game gives the same answer on any machine.
/// </summary>
public static class StageGameSolver
{
    /// <summary>ε: the tie tolerance of every comparison of payoffs and credibilities.</summary>
    public const double Epsilon = 1e-9;

    /// <summary>The tolerance of selection ties, denominators and "on path".</summary>
    public const double Tiny = 1e-12;

    /// <summary>Solves <paramref name="game"/> and returns the selected equilibrium.</summary>
    public static StageGameSolution Solve(SignallingGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        return SolutionCache.GetOrSolve(game, SolveUncached);
    }

    private static StageGameSolution SolveUncached(SignallingGame game)
    {
        // Amendment A12: types without weight can neither send nor be inferred; solve without them and
        // read their strategy off the equilibrium's responses.
        // A prior so small beside the others that it normalises to zero has no weight either.
        var normalised = Beliefs.Probability.Normalise([.. game.Senders.Select(s => s.Prior)]);
        var kept = Enumerable.Range(0, game.Senders.Length).Where(t => normalised[t] > 0).ToArray();
        var reduced = kept.Length == game.Senders.Length ? game : new SignallingGame([.. kept.Select(t => game.Senders[t])], game.Receivers);
        var solution = new Enumeration(reduced).Solve();
        return kept.Length == game.Senders.Length ? solution : Expand(game, kept, solution);
    }

    private static StageGameSolution Expand(SignallingGame game, int[] kept, StageGameSolution solution)
    {
        var n = game.Senders.Length;
        var sigma = new double[n];
        var post1 = new double[n];
        var post0 = new double[n];
        var indifferent = IndifferentSigma(solution, kept, game);
        var at = 0;
        for (var t = 0; t < n; t++)
        {
            if (at < kept.Length && kept[at] == t)
            {
                sigma[t] = solution.Sigma[at];
                post1[t] = solution.PosteriorClaim[at];
                post0[t] = solution.PosteriorSilent[at];
                at++;
                continue;
            }
            var d = Gain(game.Senders[t], solution.Rho0, solution.Rho1);
            sigma[t] = d > Epsilon ? 1.0 : d < -Epsilon ? 0.0 : indifferent;
        }
        return solution with { Sigma = [.. sigma], PosteriorClaim = [.. post1], PosteriorSilent = [.. post0] };
    }

    // The common strategy of the equilibrium's indifferent block; babbling has every type send.
    private static double IndifferentSigma(StageGameSolution solution, int[] kept, SignallingGame game)
    {
        if (solution.Kind is EquilibriumKind.Babbling or EquilibriumKind.Fallback)
        {
            return 1.0;
        }
        for (var i = 0; i < kept.Length; i++)
        {
            if (Math.Abs(Gain(game.Senders[kept[i]], solution.Rho0, solution.Rho1)) <= Epsilon)
            {
                return solution.Sigma[i];
            }
        }
        return 0.0;
    }

    /// <summary>D_t: the type's gain from claiming when the responses are ρ₀ to silence and ρ₁ to the claim.</summary>
    public static double Gain(SenderType type, double rho0, double rho1)
    {
        ArgumentNullException.ThrowIfNull(type);
        return rho1 * type.ClaimFavourable + (1.0 - rho1) * type.ClaimUnfavourable
            - (rho0 * type.SilentFavourable + (1.0 - rho0) * type.SilentUnfavourable);
    }
}
