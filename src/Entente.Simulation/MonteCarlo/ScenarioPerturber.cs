using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Models.Common;

namespace Entente.Simulation.MonteCarlo;

/// <summary>
/// Draws one trial's version of a scenario. Every stance consumes exactly three normal draws, in stance
/// order, then every declared perception two (believed position, believed salience), then the four
/// channels one each (private, leak, public, joint), whatever the noise settings, so trial t's perturbation
/// of one field does not shift when another field's noise changes, and any executor (CPU, GPU, cluster)
/// that reproduces the stream reproduces it.
/// </summary>
internal sealed class ScenarioPerturber
{
    private readonly Scenario _scenario;
    private readonly ulong _seed;
    private readonly Stance[] _stances;
    private readonly double[] _min, _max, _width, _capability, _positionSigma, _salienceSigma, _capabilitySigma;
    private readonly double _salienceCeiling;
    private readonly NoiseSettings _noise;
    private readonly IssueScale[] _perceptionScales;

    /// <summary>Prepares the perturbation of a validated <paramref name="scenario"/>.</summary>
    public ScenarioPerturber(Scenario scenario, NoiseSettings noise, ulong seed)
    {
        _scenario = scenario;
        _seed = seed;
        _stances = scenario.Stances.ToArray();
        _salienceCeiling = scenario.SalienceCeiling;
        _noise = noise;
        _perceptionScales = scenario.Perceptions.Select(p => scenario.FindIssue(p.Issue)!.Scale).ToArray();
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
        var trialScenario = _scenario with { Stances = new ValueList<Stance>(stances) };
        var perceptions = PerturbedPerceptions(ref random);
        var diplomacy = PerturbedCredibilities(ref random);
        return perceptions is null && diplomacy is null ? trialScenario : trialScenario with
        {
            Perceptions = perceptions ?? trialScenario.Perceptions,
            Diplomacy = diplomacy ?? trialScenario.Diplomacy,
        };
    }

    /// <summary>The perceptions with their believed position and salience moved; null when belief noise is off.</summary>
    private ValueList<Perception>? PerturbedPerceptions(ref CounterRandom random)
    {
        var declared = _scenario.Perceptions;
        if (!(_noise.Belief > 0) || declared.Count == 0)
        {
            // The draws are consumed all the same, so that later fields keep their draws whatever this noise is.
            for (var k = 0; k < 2 * declared.Count; k++)
            {
                random.NextGaussian();
            }
            return null;
        }
        var perceptions = new Perception[declared.Count];
        for (var k = 0; k < perceptions.Length; k++)
        {
            var perception = declared[k];
            var positionDraw = random.NextGaussian();
            var salienceDraw = random.NextGaussian();
            var scale = _perceptionScales[k];
            perceptions[k] = perception with
            {
                Position = perception.Position is { } believed
                    ? Math.Clamp(believed + positionDraw * _noise.Belief * scale.Width, scale.Min, scale.Max)
                    : null,
                Salience = perception.Salience is { } believedSalience
                    ? Math.Clamp(believedSalience + salienceDraw * _noise.Belief * _salienceCeiling, 0, _salienceCeiling)
                    : null,
            };
        }
        return new ValueList<Perception>(perceptions);
    }

    /// <summary>The diplomacy settings with each channel's base credibility moved; null when credibility noise is off.</summary>
    private DiplomacySettings? PerturbedCredibilities(ref CounterRandom random)
    {
        var settings = _scenario.Diplomacy ?? DiplomacySettings.Default;
        var sigma = _noise.Credibility;
        var privateDraw = random.NextGaussian();
        var leakDraw = random.NextGaussian();
        var publicDraw = random.NextGaussian();
        var jointDraw = random.NextGaussian();
        return sigma > 0
            ? settings with
            {
                PrivateCredibility = Math.Clamp(settings.PrivateCredibility + privateDraw * sigma, 0, 1),
                LeakCredibility = Math.Clamp(settings.LeakCredibility + leakDraw * sigma, 0, 1),
                PublicCredibility = Math.Clamp(settings.PublicCredibility + publicDraw * sigma, 0, 1),
                JointCredibility = Math.Clamp(settings.JointCredibility + jointDraw * sigma, 0, 1),
            }
            : null;
    }
}
