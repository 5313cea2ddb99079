using System.Collections.Concurrent;
using Entente.Domain;
using Entente.Formats;
using Entente.Simulation.Execution;
using Entente.Simulation.MonteCarlo;

namespace Entente.Cluster;

/// <summary>Turns a job (a sweep, or an analysis of pieces) into what travels and back.</summary>
internal static class JobSpecs
{
    // A silo parses a job's scenario once, not once per range; a few jobs at a time are plenty.
    private const int Kept = 16;
    private static readonly ConcurrentDictionary<string, TrialJob> Parsed = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (JobSpec Spec, IPieceWork Work)> Works = new(StringComparer.Ordinal);

    public static JobSpec Of(TrialJob job)
    {
        var source = job.Source ?? throw new ArgumentException("a cluster job needs the scenario's text (TrialJob.Source)", nameof(job));
        var plan = job.Plan;
        return new JobSpec
        {
            ScenarioText = source.Text,
            File = source.File,
            Model = plan.Model,
            OptionNames = [.. plan.Options.Select(o => o.Name)],
            OptionValues = [.. plan.Options.Select(o => o.Value)],
            Rounds = plan.Rounds,
            Trials = plan.Trials,
            Seed = plan.Seed,
            Noise = [plan.Noise.Position, plan.Noise.Salience, plan.Noise.Capability, plan.Noise.Belief, plan.Noise.Credibility],
            Centers = [.. job.Centers],
        };
    }

    /// <summary>An analysis of pieces as it travels.</summary>
    public static JobSpec Of(PieceJob job) => new()
    {
        Kind = job.Kind,
        ScenarioText = job.Source.Text,
        File = job.Source.File,
        Arguments = [.. job.Arguments],
    };

    /// <summary>The work of the analysis <paramref name="spec"/> describes, built from its text (once per silo and job).</summary>
    public static IPieceWork ToWork(string jobId, JobSpec spec)
    {
        if (Works.TryGetValue(jobId, out var known) && known.Spec.SameSweep(spec))
        {
            return known.Work;
        }
        var work = Application.PieceJobs.Open(spec.Kind!, new ScenarioText(spec.ScenarioText, spec.File), spec.Arguments);
        if (Works.Count >= Kept)
        {
            Works.Clear();
        }
        Works[jobId] = (spec, work);
        return work;
    }

    /// <summary>The block of <paramref name="range"/> of the job <paramref name="spec"/> describes, whatever its kind, as bytes.</summary>
    public static byte[] Run(string jobId, JobSpec spec, TrialRange range, CancellationToken cancellation) => spec.Kind is null
        ? TrialRangeWork.Run(ToJob(jobId, spec), range, cancellation).ToBytes()
        : PieceBlock.Run(ToWork(jobId, spec), range, cancellation).ToBytes();

    /// <summary>The job <paramref name="spec"/> describes, its scenario parsed from its text (once per silo and job).</summary>
    public static TrialJob ToJob(string jobId, JobSpec spec)
    {
        if (Parsed.TryGetValue(jobId, out var known) && JobSpecs.Of(known).SameSweep(spec))
        {
            return known;
        }
        var document = ScenarioFiles.Parse(spec.ScenarioText, spec.File);
        var job = new TrialJob
        {
            Plan = new SweepPlan
            {
                Scenario = document.Scenario,
                Model = spec.Model,
                Options = [.. spec.OptionNames.Zip(spec.OptionValues, (name, value) => new ModelOption(name, value))],
                Rounds = spec.Rounds,
                Trials = spec.Trials,
                Seed = spec.Seed,
                Noise = new NoiseSettings
                {
                    Position = spec.Noise[0], Salience = spec.Noise[1], Capability = spec.Noise[2], Belief = spec.Noise[3], Credibility = spec.Noise[4],
                },
            },
            Centers = spec.Centers,
            Source = new ScenarioText(spec.ScenarioText, spec.File),
        };
        if (Parsed.Count >= Kept)
        {
            Parsed.Clear();
        }
        Parsed[jobId] = job;
        return job;
    }
}
