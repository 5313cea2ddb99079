using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Entente.Models.Common;

namespace Entente.Models.ExpectedUtility;

/// <summary>
/// The bdm offer of a receiver and a proposer, eight pairs at a time, as every offer pass in lanes computes it
/// (<see cref="BdmOfferRow"/>, <see cref="BdmOfferColumns"/>, <see cref="EumTrialLanes"/>): the receiver's stakes from the
/// pair's powers, <see cref="OfferRule.Classify"/> for bdm and <see cref="OfferRule.NewPosition"/> lane by lane, and the
/// least-movement choice. Written once so that the passes cannot drift apart by an operation.
/// </summary>
internal static class BdmOfferLanes
{
    /// <summary>
    /// U_s − U_sq and U_s − U_f for a receiver with risk exponent <paramref name="exponent"/> and status quo utility
    /// <paramref name="statusQuo"/>, from the logarithms of the pair's bases ½ ∓ ½d (<see cref="UtilityPower.LogOf"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector512<double> Gain, Vector512<double> Stake) Stakes(Vector512<double> lowLog, Vector512<double> highLog,
        Vector512<double> exponent, Vector512<double> statusQuo)
    {
        var two = Vector512.Create(2.0);
        var four = Vector512.Create(4.0);
        var success = two - four * UtilityPower.OfLog(lowLog, exponent);
        var failure = two - four * UtilityPower.OfLog(highLog, exponent);
        return (success - statusQuo, success - failure);
    }

    /// <summary>
    /// Where each lane's proposer (at <paramref name="proposer"/>) makes the receiver (at <paramref name="receiver"/>) an
    /// offer with these utilities, E_ij and E_ji from the receiver's view, and a proposer at another position
    /// (<paramref name="elsewhere"/>): all bits set; and into <paramref name="position"/> where the receiver would move.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Offer(Vector512<double> eij, Vector512<double> eji, Vector512<double> receiver, Vector512<double> proposer,
        Vector512<double> elsewhere, out Vector512<double> position)
    {
        var zero = Vector512<double>.Zero;
        var confrontation = Vector512.GreaterThan(eji, eij) & Vector512.GreaterThan(eij, zero);
        var pressed = Vector512.GreaterThan(eji, zero) & Vector512.LessThan(eij, zero);
        var receiverLoss = Vector512.Abs(eij);
        var compromise = pressed & Vector512.GreaterThan(eji, receiverLoss);
        var capitulation = pressed & Vector512.LessThan(eji, receiverLoss);
        position = Vector512.ConditionalSelect(compromise, receiver + (proposer - receiver) * Vector512.Abs(eij / eji), proposer);
        return (confrontation | compromise | capitulation) & elsewhere;
    }

    /// <summary>
    /// The lanes where an <paramref name="offer"/> moving the receiver by <paramref name="move"/> beats the best so far: less
    /// movement, or as little from a proposer of a lower input index (<paramref name="key"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Better(Vector512<double> offer, Vector512<double> move, Vector512<double> key,
        Vector512<double> bestMove, Vector512<double> bestKey) =>
        offer & (Vector512.LessThan(move, bestMove) | (Vector512.Equals(move, bestMove) & Vector512.LessThan(key, bestKey)));
}
