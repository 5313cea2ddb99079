using System.Text.Json;
using Entente.Models.Diplomacy.StageGame;

namespace Entente.Models.Tests.Diplomacy.V2.StageGame;

/// <summary>
/// 600 random stage games (threat and promise templates, arbitrary payoffs) solved by the specification's
/// reference implementation; the C# solver must select the same equilibrium, to 1e-9, in every one.
/// </summary>
public sealed class ReferenceGamesTests
{
    private static readonly string File = Path.Combine(AppContext.BaseDirectory, "data", "diplomacy-v2", "stage-games.json");

    public static TheoryData<int> Indices()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < 600; i += 50)
        {
            data.Add(i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Indices))]
    public void The_solver_selects_the_reference_equilibrium(int first)
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(File));
        var games = document.RootElement.GetProperty("games");
        Assert.Equal(600, games.GetArrayLength());
        for (var i = first; i < first + 50; i++)
        {
            var game = games[i];
            var solution = StageGameSolver.Solve(Read(game));
            var expected = game.GetProperty("expected");
            var what = $"game {i}";
            Assert.Equal(expected.GetProperty("kind").GetString(), solution.Kind.ToString().ToLowerInvariant());
            Near.Equal(Doubles(expected.GetProperty("sigma")), solution.Sigma, what + " σ");
            Near.Equal(expected.GetProperty("rho0").GetDouble(), solution.Rho0, what + " ρ₀");
            Near.Equal(expected.GetProperty("rho1").GetDouble(), solution.Rho1, what + " ρ₁");
            Near.Equal(expected.GetProperty("c0").GetDouble(), solution.SilentCredibility, what + " c₀");
            Near.Equal(expected.GetProperty("c1").GetDouble(), solution.ClaimCredibility, what + " c₁");
            Near.Equal(Doubles(expected.GetProperty("posteriorClaim")), solution.PosteriorClaim, what + " μ₁");
            Near.Equal(Doubles(expected.GetProperty("posteriorSilent")), solution.PosteriorSilent, what + " μ₀");
            Assert.Equal(expected.GetProperty("equilibria").GetInt32(), solution.Equilibria);
            if (expected.GetProperty("beta").ValueKind == JsonValueKind.Number)
            {
                Near.Equal(expected.GetProperty("beta").GetDouble(), solution.Beta!.Value, what + " β");
            }
        }
    }

    private static SignallingGame Read(JsonElement game)
    {
        var senders = game.GetProperty("senders").EnumerateArray().Select(s =>
        {
            var u = s.GetProperty("payoff");
            var phi = s.GetProperty("followThrough");
            return new SenderType(s.GetProperty("prior").GetDouble(), u[0][0].GetDouble(), u[0][1].GetDouble(), u[1][0].GetDouble(), u[1][1].GetDouble(),
                phi[0].GetDouble(), phi[1].GetDouble());
        }).ToArray();
        var receivers = game.GetProperty("receivers").EnumerateArray()
            .Select(r => new ReceiverType(r.GetProperty("weight").GetDouble(), Threshold(r.GetProperty("threshold"))))
            .ToArray();
        return new SignallingGame(senders, receivers);
    }

    private static double Threshold(JsonElement e) => e.ValueKind == JsonValueKind.String
        ? e.GetString() == "Infinity" ? double.PositiveInfinity : double.NegativeInfinity
        : e.GetDouble();

    private static double[] Doubles(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetDouble())];
}
