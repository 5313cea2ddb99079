using Entente.Simulation.Execution;
using Entente.Simulation.MonteCarlo;
using ILGPU;

namespace Entente.Gpu.Kernels;

/// <summary>
/// A sweep's inputs on the device (the arrays of <see cref="GpuPlan"/>) and the draw of one trial's participants of
/// one issue from them, by the very functions the CPU's perturber calls (<see cref="StanceDraws"/>).
/// </summary>
internal struct TrialInputs
{
    public ArrayView<int> IssueStart;
    public ArrayView<int> ParticipantStances;
    public ArrayView<double> Position;
    public ArrayView<double> Salience;
    public ArrayView<double> Capability;
    public ArrayView<double> ScaleMin;
    public ArrayView<double> ScaleMax;
    public ArrayView<double> ScaleWidth;
    public ArrayView<double> PositionSigma;
    public ArrayView<double> SalienceSigma;
    public ArrayView<double> CapabilitySigma;
    public ArrayView<ulong> PositionStream;
    public ArrayView<ulong> SalienceStream;
    public ArrayView<ulong> CapabilityStream;
    public ulong Seed;
    public double SalienceCeiling;
    public int IssueCount;

    /// <summary>
    /// Draws trial <paramref name="trial"/>'s participants of <paramref name="issue"/> into <paramref name="position"/>,
    /// <paramref name="salience"/> (on 0-1, as models see it) and <paramref name="capability"/>; returns how many.
    /// </summary>
    public readonly int Draw(long trial, int issue, ThreadArray<double> position, ThreadArray<double> salience, ThreadArray<double> capability)
    {
        var key = RandomStream.TrialKey(Seed, (ulong)trial);
        var first = IssueStart[issue];
        var count = IssueStart[issue + 1] - first;
        for (var p = 0; p < count; p++)
        {
            var s = ParticipantStances[first + p];
            position[p] = StanceDraws.Position(Position[s], PositionSigma[s], ScaleWidth[s], ScaleMin[s], ScaleMax[s], PositionStream[s], key);
            salience[p] = StanceDraws.Salience(Salience[s], SalienceSigma[s], SalienceCeiling, SalienceStream[s], key) / SalienceCeiling;
            capability[p] = StanceDraws.Capability(Capability[s], CapabilitySigma[s], CapabilityStream[s], key);
        }
        return count;
    }
}
