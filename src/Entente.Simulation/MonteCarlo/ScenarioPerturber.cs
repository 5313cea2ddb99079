using Entente.Domain;
using Entente.Domain.Diplomacy;
using Entente.Simulation.Execution;

namespace Entente.Simulation.MonteCarlo;

/// <summary>
/// Draws one trial's version of a scenario. Each perturbed input has a named stream of its own
/// (<see cref="RandomStreams"/>: a stance's position, salience and capability, a perception's believed position and
/// salience, a channel's credibility), so trial t's perturbation of one input depends on (seed, t, its name) only:
/// it does not shift when another input's noise changes or when inputs are added, and any executor (CPU, GPU,
/// cluster) that reproduces the generator reproduces it. Normal draws are inverse-normal, not Box-Muller, so they
/// use no platform logarithm or cosine.
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
    private readonly RandomStream[] _positionStreams, _salienceStreams, _capabilityStreams, _beliefPositionStreams, _beliefSalienceStreams;
    private static readonly RandomStream[] CredibilityStreams =
        [RandomStreams.Credibility("private"), RandomStreams.Credibility("leak"), RandomStreams.Credibility("public"), RandomStreams.Credibility("joint")];

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
        _positionStreams = _stances.Select(st => RandomStreams.Position(st.ActorId, st.IssueId)).ToArray();
        _salienceStreams = _stances.Select(st => RandomStreams.Salience(st.ActorId, st.IssueId)).ToArray();
        _capabilityStreams = _stances.Select(st => RandomStreams.Capability(st.ActorId, st.IssueId)).ToArray();
        _beliefPositionStreams = scenario.Perceptions.Select(p => RandomStreams.BeliefPosition(p.Observer, p.Actor, p.Issue)).ToArray();
        _beliefSalienceStreams = scenario.Perceptions.Select(p => RandomStreams.BeliefSalience(p.Observer, p.Actor, p.Issue)).ToArray();
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
        var key = RandomStream.TrialKey(_seed, trial);
        var stances = new Stance[_stances.Length];
        for (var k = 0; k < stances.Length; k++)
        {
            var stance = _stances[k];
            var position = StanceDraws.Position(stance.Position, _positionSigma[k], _width[k], _min[k], _max[k], _positionStreams[k].NameHash, key);
            var salience = StanceDraws.Salience(stance.Salience, _salienceSigma[k], _salienceCeiling, _salienceStreams[k].NameHash, key);
            var capability = StanceDraws.Capability(_capability[k], _capabilitySigma[k], _capabilityStreams[k].NameHash, key);
            stances[k] = stance with { Position = position, Salience = salience, Capability = capability };
        }
        var trialScenario = _scenario with { Stances = new ValueList<Stance>(stances) };
        var perceptions = PerturbedPerceptions(key);
        var diplomacy = PerturbedCredibilities(key);
        return perceptions is null && diplomacy is null ? trialScenario : trialScenario with
        {
            Perceptions = perceptions ?? trialScenario.Perceptions,
            Diplomacy = diplomacy ?? trialScenario.Diplomacy,
        };
    }

    /// <summary>The perceptions with their believed position and salience moved; null when belief noise is off.</summary>
    private ValueList<Perception>? PerturbedPerceptions(ulong key)
    {
        var declared = _scenario.Perceptions;
        if (!(_noise.Belief > 0) || declared.Count == 0)
        {
            return null;
        }
        var perceptions = new Perception[declared.Count];
        for (var k = 0; k < perceptions.Length; k++)
        {
            var perception = declared[k];
            var positionDraw = _beliefPositionStreams[k].Gaussian(key);
            var salienceDraw = _beliefSalienceStreams[k].Gaussian(key);
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
    private DiplomacySettings? PerturbedCredibilities(ulong key)
    {
        var sigma = _noise.Credibility;
        if (!(sigma > 0))
        {
            return null;
        }
        var settings = _scenario.Diplomacy ?? DiplomacySettings.Default;
        return settings with
        {
            PrivateCredibility = Math.Clamp(settings.PrivateCredibility + CredibilityStreams[0].Gaussian(key) * sigma, 0, 1),
            LeakCredibility = Math.Clamp(settings.LeakCredibility + CredibilityStreams[1].Gaussian(key) * sigma, 0, 1),
            PublicCredibility = Math.Clamp(settings.PublicCredibility + CredibilityStreams[2].Gaussian(key) * sigma, 0, 1),
            JointCredibility = Math.Clamp(settings.JointCredibility + CredibilityStreams[3].Gaussian(key) * sigma, 0, 1),
        };
    }
}
