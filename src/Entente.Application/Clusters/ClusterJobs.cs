using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Entente.Simulation.Execution;

namespace Entente.Application;

/// <summary>The ids of cluster jobs.</summary>
internal static class ClusterJobs
{
    /// <summary>
    /// The id of a job when none is given: a hash of everything that decides its numbers (scenario text, model,
    /// options, rounds, trials, seed, noise, range size), so running the same sweep again re-attaches to it.
    /// </summary>
    public static string IdOf(TrialJob job, long rangeSize)
    {
        ArgumentNullException.ThrowIfNull(job);
        var plan = job.Plan;
        var text = new StringBuilder()
            .Append(job.Source?.Text).Append('\u001f')
            .Append(plan.Model).Append('\u001f')
            .AppendJoin(';', plan.Options.Select(o => o.Name + "=" + o.Value)).Append('\u001f')
            .Append(plan.Rounds?.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(plan.Trials.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(plan.Seed.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(plan.Noise.ToString()).Append('\u001f')
            .Append(rangeSize.ToString(CultureInfo.InvariantCulture));
        return "sweep-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    /// <summary>
    /// The id of an analysis's job when none is given: its kind and a hash of its input's text, its arguments and the
    /// range size, so running the same analysis again re-attaches to it.
    /// </summary>
    public static string IdOf(PieceJob job, long rangeSize)
    {
        ArgumentNullException.ThrowIfNull(job);
        var text = new StringBuilder()
            .Append(job.Source.Text).Append('\u001f')
            .AppendJoin('\u001e', job.Arguments).Append('\u001f')
            .Append(rangeSize.ToString(CultureInfo.InvariantCulture));
        return job.Kind + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
