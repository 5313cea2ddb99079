namespace Entente.Domain;

/// <summary>
/// An actor taking part in one issue, in the form models compute with: salience on 0-1 and the
/// effective capability (the stance's, else the actor's).
/// </summary>
/// <param name="ActorId">The actor.</param>
/// <param name="Position">Its position on the scale.</param>
/// <param name="Salience">Its salience, from 0 to 1.</param>
/// <param name="Capability">Its capability on this issue.</param>
public readonly record struct Participant(string ActorId, double Position, double Salience, double Capability)
{
    /// <summary>Capability times salience: the weight of the actor's voice on the issue.</summary>
    public double Weight => Capability * Salience;
}
