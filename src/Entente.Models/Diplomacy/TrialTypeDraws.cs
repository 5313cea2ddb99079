using Entente.Domain;
using Entente.Domain.Strategic;
using Entente.Models.Diplomacy.Beliefs;
using Entente.Models.Diplomacy.Engine;
using Entente.Models.Diplomacy.Randomness;

namespace Entente.Models.Diplomacy;

/// <summary>
/// What a Monte Carlo trial of <c>eum-diplomacy</c> draws, read without running it: the index of the true point of
/// every uncertain type dimension, on the same named streams the run draws them from. When a scenario's trials draw
/// nothing else (no strategic signal, whose sending is a draw of its own), a run is a function of these indices, so
/// two trials with the same indices give the same result and one run serves both.
/// </summary>
public sealed class TrialTypeDraws
{
    private readonly string[] _streams;
    private readonly double[][] _weights;

    private TrialTypeDraws(string[] streams, double[][] weights)
    {
        _streams = streams;
        _weights = weights;
    }

    /// <summary>The number of uncertain dimensions a trial draws.</summary>
    public int Count => _streams.Length;

    /// <summary>
    /// The draws of <paramref name="scenario"/>'s trials, or null when a trial draws more than the types (a strategic
    /// signal's sending is drawn on its own stream).
    /// </summary>
    public static TrialTypeDraws? Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        // The layer a run reads, as DiplomacyModel.Run builds it.
        var layer = scenario.Strategic ?? (scenario.HasDiplomacy ? Version1Mapping.Map(scenario).Layer : new StrategicLayer());
        if (layer.Signals.Any(s => s.Strategic))
        {
            return null;
        }
        var cast = new LayerCast(scenario, layer);
        var types = TypeSpace.Build(cast, StrategicEngine.UncertainDimensions(cast), null);
        var streams = new List<string>();
        var weights = new List<double[]>();
        for (var a = 0; a < cast.AgentCount; a++)
        {
            for (var dim = 0; dim < cast.DimensionCount; dim++)
            {
                if (!types.Prior[a, dim].IsPoint)
                {
                    streams.Add(TypeSpace.Stream(cast, a, dim));
                    weights.Add([.. types.Prior[a, dim].Weights]);
                }
            }
        }
        return new TrialTypeDraws([.. streams], [.. weights]);
    }

    /// <summary>Writes the drawn indices of trial <paramref name="trial"/> under <paramref name="seed"/> into <paramref name="indices"/> (length <see cref="Count"/>).</summary>
    public void Fill(ulong seed, ulong trial, Span<int> indices)
    {
        for (var i = 0; i < _streams.Length; i++)
        {
            indices[i] = NamedStreams.DrawIndex(_weights[i], NamedStreams.Uniform(seed, trial, _streams[i]));
        }
    }
}
