using Entente.Formats;
using Entente.Models.Diplomacy.StageGame;
using Entente.Simulation.Games;

namespace Entente.Application;

/// <summary>Reads and solves signalling stage games (specification §5).</summary>
public sealed class GameService
{
    /// <summary>Reads the games (every problem of a file located) and solves each.</summary>
    /// <exception cref="RequestException">The request is invalid, the file has problems, or a solution is not a number.</exception>
    public Task<GameOutcome> RunAsync(GameRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestException.ThrowIfAny(request.Validate());
        IReadOnlyList<StageGameCase> cases;
        try
        {
            cases = request.Cases ?? (request.Path is { } path ? StageGameFile.Load(path) : StageGameFile.Parse(request.Text!, request.Name));
        }
        catch (ScenarioLoadException e)
        {
            throw new RequestException(e.Diagnostics);
        }
        var solved = new List<(StageGameCase Case, StageGameSolution Solution)>();
        foreach (var game in cases)
        {
            cancellation.ThrowIfCancellationRequested();
            solved.Add((game, StageGameSolver.Solve(game.Game)));
        }
        RequestException.ThrowIfAny(NotFinite(solved, request.Path ?? (request.Text is null ? "--template" : request.Name)));
        return Task.FromResult(new GameOutcome { Games = solved, Json = GameJson.Write(solved) });
    }

    /// <summary>
    /// Inputs whose magnitudes lie more than double precision apart (a prior 1e-300 beside 1e300) can leave a
    /// posterior as 0/0; such a result is refused with the game named, not given as NaN.
    /// </summary>
    private static List<RequestProblem> NotFinite(IReadOnlyList<(StageGameCase Case, StageGameSolution Solution)> solved, string location)
    {
        var problems = new List<RequestProblem>();
        for (var g = 0; g < solved.Count; g++)
        {
            var s = solved[g].Solution;
            double[] numbers = [.. s.Sigma, .. s.PosteriorClaim, .. s.PosteriorSilent, s.Rho0, s.Rho1, s.Beta ?? 0, s.SilentCredibility, s.ClaimCredibility, s.Informativeness];
            if (!numbers.All(double.IsFinite))
            {
                var game = solved.Count > 1 ? $"games[{g}]" : "the game";
                problems.Add(new RequestProblem("games", $"{game}: the solution is not a number: its priors, weights or payoffs "
                    + "span more orders of magnitude than double precision holds; rescale them") { Location = location });
            }
        }
        return problems;
    }
}
