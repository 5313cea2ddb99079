using Entente.Domain;
using Entente.Models.Common;

namespace Entente.Simulation.MonteCarlo;

/// <summary>
/// Draws one trial's version of a scenario. Every stance consumes exactly three normal draws, in stance
/// order, whatever the noise settings, so trial t's perturbation of one field does not shift when another
/// field's noise changes, and any executor (CPU, GPU, cluster) that reproduces the stream reproduces it.
/// </summary>
public sealed class ScenarioPerturber
{
    private readonly Scenario _scenario;
    private readonly ulong _seed;
    private readonly Stance[] _stances;
    private readonly double[] _min, _max, _width, _capability, _positionSigma, _salienceSigma, _capabilitySigma;
    private readonly double _salienceCeiling;

    /// <summary>Prepares the perturbation of a validated <paramref name="scenario"/>.</summary>
    public ScenarioPerturber(Scenario scenario, NoiseSettings noise, ulong seed)
    {
        _scenario = scenario;
        _seed = seed;
        _stances = scenario.Stances.ToArray();
        _salienceCeiling = scenario.SalienceCeiling;
        var n = _stances.Length;
        _min = new double[n];
        _max = new double[n];
        _width = new double[n];
        _capability = new double[n];
        _positionSigma = new double[n];
        _salienceSigma = new double[n];
        _capabilitySigma = new double[n];
        for (var k = 0; k < n; k++)
        {
            var stance = _stances[k];
            var scale = scenario.FindIssue(stance.IssueId)!.Scale;
            _min[k] = scale.Min;
            _max[k] = scale.Max;
            _width[k] = scale.Width;
            _capability[k] = stance.Capability ?? scenario.FindActor(stance.ActorId)!.Capability!.Value;
            _positionSigma[k] = stance.Noise?.Position ?? noise.Position;
            _salienceSigma[k] = stance.Noise?.Salience ?? noise.Salience;
            _capabilitySigma[k] = stance.Noise?.Capability ?? noise.Capability;
        }
    }

    /// <summary>The scenario as trial <paramref name="trial"/> sees it.</summary>
    public Scenario Trial(ulong trial)
    {
        var random = new CounterRandom(_seed, trial);
        var stances = new Stance[_stances.Length];
        for (var k = 0; k < stances.Length; k++)
        {
            var stance = _stances[k];
            var positionDraw = random.NextGaussian();
            var salienceDraw = random.NextGaussian();
            var capabilityDraw = random.NextGaussian();
            var position = Math.Clamp(stance.Position + positionDraw * _positionSigma[k] * _width[k], _min[k], _max[k]);
            var salience = Math.Clamp(stance.Salience + salienceDraw * _salienceSigma[k] * _salienceCeiling, 0, _salienceCeiling);
            var capability = _capability[k] * Math.Exp(capabilityDraw * _capabilitySigma[k]);
            stances[k] = stance with { Position = position, Salience = salience, Capability = capability };
        }
        return _scenario with { Stances = new ValueList<Stance>(stances) };
    }
}
