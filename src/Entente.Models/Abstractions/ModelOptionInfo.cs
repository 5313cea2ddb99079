namespace Entente.Models;

/// <summary>One option a model accepts, for help text and validation.</summary>
/// <param name="Name">The option's name in scenario files and on the command line.</param>
/// <param name="Description">What it does.</param>
/// <param name="Default">Its default value as text.</param>
public sealed record ModelOptionInfo(string Name, string Description, string Default);
