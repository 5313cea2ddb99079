namespace Entente.Simulation.Execution;

/// <summary>
/// A scenario as the user gave it, which is how it travels to another machine: the receiver parses the text again
/// (the format is recognised from the content) rather than trusting a re-serialisation of the parsed scenario.
/// </summary>
/// <param name="Text">The file's text.</param>
/// <param name="File">The name diagnostics use.</param>
public sealed record ScenarioText(string Text, string File);
