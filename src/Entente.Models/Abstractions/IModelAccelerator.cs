namespace Entente.Models;

/// <summary>
/// A device a model may hand its heaviest step to (a GPU): the spatial model gives it its challenge step. A model
/// with no such step ignores it. Whatever the device, the numbers are the model's own.
/// </summary>
public interface IModelAccelerator
{
    /// <summary>The device in words, for the user.</summary>
    string Description { get; }
}
