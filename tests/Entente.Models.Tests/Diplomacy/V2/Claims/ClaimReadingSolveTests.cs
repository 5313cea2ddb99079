using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Tests.Diplomacy.V2.Claims;

/// <summary>
/// A reading's stage game is looked up in the solution cache by numbers written without building the game: they must be
/// the very numbers of the game built, bit for bit, and the solution the one the built game gets.
/// </summary>
public sealed class ClaimReadingSolveTests
{
    [Theory]
    [InlineData(ClaimKind.Promise)]
    [InlineData(ClaimKind.Threat)]
    public void The_numbers_looked_up_are_those_of_the_game_built_and_the_solution_is_its_solution(ClaimKind kind)
    {
        foreach (var (reading, _, _, _) in GeneratedReadings.Of(kind, 100, 22))
        {
            var solution = reading.Solve();
            var game = reading.Game();
            // The row still holds the numbers Solve looked up (nothing else writes it on this thread in between).
            var row = SolutionCache.Row(game.Senders.Length, game.Receivers.Length).ToArray();
            var expected = game.Senders.SelectMany(s => new[]
            {
                s.Prior, s.SilentUnfavourable, s.SilentFavourable, s.ClaimUnfavourable, s.ClaimFavourable, s.FollowThroughSilent, s.FollowThroughClaim,
            }).Concat(game.Receivers.SelectMany(r => new[] { r.Weight, r.Threshold })).ToArray();
            Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), row.Select(BitConverter.DoubleToInt64Bits));
            // Solved from the game (the cache is shared and may have been emptied meanwhile): the same figures.
            var solved = StageGameSolver.Solve(game);
            Assert.Equal(solved.Kind, solution.Kind);
            Assert.Equal(solved.Sigma, solution.Sigma);
            Assert.Equal(solved.PosteriorClaim, solution.PosteriorClaim);
            Assert.Equal(solved.PosteriorSilent, solution.PosteriorSilent);
            Assert.Equal(solved.ClaimCredibility, solution.ClaimCredibility);
            Assert.Equal(solved.SilentCredibility, solution.SilentCredibility);
        }
    }
}
