namespace Entente.Simulation.Execution;

/// <summary>
/// An analysis cut into independent pieces whose results are numbers: sensitivity's actors, a backtest's
/// forecasters. Piece i is a pure function of the analysis and i (every draw comes from the counter-based generator
/// keyed by seed, trial and stream name), so a piece run anywhere, again, or in any order gives the same bits, and
/// the analysis assembled from the pieces in index order is the same wherever they ran.
/// </summary>
public interface IPieceWork
{
    /// <summary>How many pieces.</summary>
    int Count { get; }

    /// <summary>The numbers of piece <paramref name="piece"/>.</summary>
    double[] Run(int piece, CancellationToken cancellation);
}

/// <summary>
/// An analysis of pieces as it travels to another machine: its kind, its input's text (a scenario, a DEU table),
/// and its settings as invariant strings; the receiver builds the same <see cref="IPieceWork"/> from them.
/// </summary>
public sealed record PieceJob
{
    /// <summary>The kind of analysis, such as <c>sensitivity</c>: what the receiver builds the work with.</summary>
    public required string Kind { get; init; }

    /// <summary>The input as the user gave it.</summary>
    public required ScenarioText Source { get; init; }

    /// <summary>The settings that decide the numbers, each an invariant string (doubles round-trip exactly).</summary>
    public required IReadOnlyList<string> Arguments { get; init; }

    /// <summary>The work itself, for executors that run it in this process.</summary>
    public required IPieceWork Work { get; init; }

    /// <summary>How many pieces.</summary>
    public int Count => Work.Count;
}

/// <summary>Runs ranges of pieces of a <see cref="PieceJob"/>, somewhere: here, or on a cluster.</summary>
public interface IPieceRangeExecutor
{
    /// <summary>How many ranges it usefully runs at once.</summary>
    int Concurrency { get; }

    /// <summary>The numbers of pieces <paramref name="range"/>.Start to End − 1 of <paramref name="job"/>.</summary>
    Task<PieceBlock> RunAsync(PieceJob job, TrialRange range, CancellationToken cancellation);
}

/// <summary>The numbers of a range of pieces, and their bytes (doubles by their bits, so NaN and −0 travel as they are).</summary>
public sealed class PieceBlock
{
    private const int FormatVersion = 1;

    /// <summary>A block of <paramref name="pieces"/>, in order.</summary>
    public PieceBlock(IReadOnlyList<double[]> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        Pieces = pieces;
    }

    /// <summary>Each piece's numbers, in order.</summary>
    public IReadOnlyList<double[]> Pieces { get; }

    /// <summary>The pieces of <paramref name="range"/> of <paramref name="work"/>, run in turn here.</summary>
    public static PieceBlock Run(IPieceWork work, TrialRange range, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (range.Start < 0 || range.End > work.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(range), $"pieces {range.Start}-{range.End - 1} of {work.Count}");
        }
        var pieces = new double[range.Count][];
        for (var i = 0; i < pieces.Length; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            pieces[i] = work.Run((int)(range.Start + i), cancellation);
        }
        return new PieceBlock(pieces);
    }

    /// <summary>The block as bytes (little-endian, versioned).</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(FormatVersion);
            writer.Write(Pieces.Count);
            foreach (var piece in Pieces)
            {
                writer.Write(piece.Length);
                foreach (var value in piece)
                {
                    writer.Write(BitConverter.DoubleToInt64Bits(value));
                }
            }
        }
        return stream.ToArray();
    }

    /// <summary>The block <see cref="ToBytes"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a block of this version.</exception>
    public static PieceBlock FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"a piece block of format {version}; this build reads format {FormatVersion}");
            }
            var pieces = new double[reader.ReadInt32()][];
            for (var i = 0; i < pieces.Length; i++)
            {
                pieces[i] = new double[reader.ReadInt32()];
                for (var k = 0; k < pieces[i].Length; k++)
                {
                    pieces[i][k] = BitConverter.Int64BitsToDouble(reader.ReadInt64());
                }
            }
            return new PieceBlock(pieces);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("a piece block cut short", e);
        }
    }
}
