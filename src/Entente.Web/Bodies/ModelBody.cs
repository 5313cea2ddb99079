using System.Text.Json;
using Entente.Application;
using Entente.Domain;

namespace Entente.Web;

/// <summary>A scenario and the model to run on it: the fields of every request that runs a model.</summary>
internal record ModelBody : ScenarioBody
{
    /// <summary>The model (see <c>GET /api/models</c>); default the scenario's, else compromise.</summary>
    public string? Model { get; init; }

    /// <summary>Model options by name; values are strings, numbers or booleans.</summary>
    public Dictionary<string, JsonElement>? Options { get; init; }

    /// <summary>Rounds (fixed-round models) or the most rounds (iterating models).</summary>
    public int? Rounds { get; init; }

    /// <summary>Seed of every random draw.</summary>
    public ulong Seed { get; init; }

    /// <summary>Keep the run in the server's run store.</summary>
    public bool Save { get; init; }

    /// <summary>The application layer's model choice; an option that is not a string, number or boolean is refused.</summary>
    public ModelChoice Choice()
    {
        var options = new List<ModelOption>();
        foreach (var (name, value) in Options ?? [])
        {
            options.Add(new ModelOption(name, value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => throw ApiProblemException.BadField($"options.{name}", $"options.{name}: a model option's value must be a string, a number or a boolean"),
            }));
        }
        return new ModelChoice { Model = Model, Options = options, Rounds = Rounds, Seed = Seed };
    }
}
