namespace Entente.Domain.Strategic;

/// <summary>A dimension of an actor's private type.</summary>
public enum TypeDimension
{
    /// <summary>r: resolve on one issue, the weight the actor puts on it (the base model's salience).</summary>
    Resolve,

    /// <summary>q: reciprocity, what the actor gets from carrying out a reward or punishment it owes.</summary>
    Reciprocity,
}
