using Entente.Domain;
using Entente.Simulation.MonteCarlo;

namespace Entente.Simulation.Execution;

/// <summary>
/// The accumulated forecasts of some trials of a sweep, one accumulator per issue: sums in 128-bit fixed point,
/// integer counts and histogram bins, and the values themselves while few, so blocks merge exactly and in any
/// order. <see cref="ToBytes"/> and <see cref="FromBytes"/> carry a block between machines; equal contents give
/// equal bytes, whatever the order of the merges that built them.
/// </summary>
public sealed class TrialBlock
{
    private const int FormatVersion = 1;
    private readonly DistributionAccumulator[] _issues;

    private TrialBlock(DistributionAccumulator[] issues) => _issues = issues;

    /// <summary>Trials accumulated.</summary>
    public long Trials => _issues.Length > 0 ? _issues[0].Count : 0;

    /// <summary>Issues, in scenario order.</summary>
    public int IssueCount => _issues.Length;

    internal DistributionAccumulator Issue(int index) => _issues[index];

    /// <summary>A block with no trials for <paramref name="scenario"/>, its accumulators centred on <paramref name="centers"/>.</summary>
    public static TrialBlock Empty(Scenario scenario, IReadOnlyList<double> centers)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(centers);
        if (centers.Count != scenario.Issues.Count)
        {
            throw new ArgumentException($"one center per issue: {scenario.Issues.Count} issues, {centers.Count} centers", nameof(centers));
        }
        return new TrialBlock(scenario.Issues.Select((issue, i) => new DistributionAccumulator(issue.Scale.Min, issue.Scale.Max, centers[i])).ToArray());
    }

    /// <summary>Adds everything <paramref name="other"/> holds (exact, so the order of merges never matters).</summary>
    public void Merge(TrialBlock other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._issues.Length != _issues.Length)
        {
            throw new ArgumentException("blocks of different sweeps cannot be merged", nameof(other));
        }
        for (var i = 0; i < _issues.Length; i++)
        {
            _issues[i].Merge(other._issues[i]);
        }
    }

    /// <summary>The block as bytes (little-endian, versioned).</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(FormatVersion);
            writer.Write(_issues.Length);
            foreach (var issue in _issues)
            {
                issue.Write(writer);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The block <see cref="ToBytes"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a block of this version.</exception>
    public static TrialBlock FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"a trial block of format {version}; this build reads format {FormatVersion}");
            }
            var issues = new DistributionAccumulator[reader.ReadInt32()];
            for (var i = 0; i < issues.Length; i++)
            {
                issues[i] = DistributionAccumulator.Read(reader);
            }
            return new TrialBlock(issues);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("a trial block cut short", e);
        }
    }
}
