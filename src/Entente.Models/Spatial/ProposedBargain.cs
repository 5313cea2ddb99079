namespace Entente.Models.Spatial;

/// <summary>
/// A bargain on the table: the initiator and receiver and the position each would adopt (0-1 per
/// dimension). A status-quo bargain has the same actor on both sides and changes nothing.
/// </summary>
internal sealed record ProposedBargain(int Initiator, int Receiver, double[] InitiatorPosition, double[] ReceiverPosition)
{
    public bool IsStatusQuo => Initiator == Receiver;

    /// <summary>The position this bargain gives actor <paramref name="a"/>, a party to it.</summary>
    public double[] PositionOf(int a) => a == Initiator ? InitiatorPosition : ReceiverPosition;
}
