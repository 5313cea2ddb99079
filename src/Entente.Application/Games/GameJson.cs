using System.Text;
using System.Text.Json;
using Entente.Models.Diplomacy.StageGame;
using Entente.Simulation.Games;

namespace Entente.Application;

/// <summary>
/// Solved stage games as <c>{ "games": [ { name?, kind, sigma, rho0, rho1, beta, c0, c1, posteriorClaim,
/// posteriorSilent, informativeness, equilibria } ] }</c>, in input order. Every field is always there
/// (<c>beta</c> is null unless a receiver type mixes) so that scripts need no special cases; numbers are
/// written to round-trip exactly.
/// </summary>
public static class GameJson
{
    /// <summary>The document of <paramref name="games"/>, in input order, with a final line break.</summary>
    public static string Write(IReadOnlyList<(StageGameCase Case, StageGameSolution Solution)> games)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("games");
            foreach (var (game, s) in games)
            {
                json.WriteStartObject();
                if (game.Name is { } name)
                {
                    json.WriteString("name", name);
                }
                json.WriteString("kind", Kind(s.Kind));
                Numbers(json, "sigma", s.Sigma);
                json.WriteNumber("rho0", s.Rho0);
                json.WriteNumber("rho1", s.Rho1);
                if (s.Beta is { } beta)
                {
                    json.WriteNumber("beta", beta);
                }
                else
                {
                    json.WriteNull("beta");
                }
                json.WriteNumber("c0", s.SilentCredibility);
                json.WriteNumber("c1", s.ClaimCredibility);
                Numbers(json, "posteriorClaim", s.PosteriorClaim);
                Numbers(json, "posteriorSilent", s.PosteriorSilent);
                json.WriteNumber("informativeness", s.Informativeness);
                json.WriteNumber("equilibria", s.Equilibria);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    /// <summary>The name of an equilibrium kind as the document writes it.</summary>
    public static string Kind(EquilibriumKind kind) => kind switch
    {
        EquilibriumKind.Babbling => "babbling",
        EquilibriumKind.Pure => "pure",
        EquilibriumKind.Mixed => "mixed",
        _ => "fallback",
    };

    private static void Numbers(Utf8JsonWriter json, string name, IEnumerable<double> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }
        json.WriteEndArray();
    }
}
