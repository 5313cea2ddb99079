namespace Entente.Domain;

/// <summary>The model a scenario asks for and its options, as written in the file.</summary>
public sealed record ModelSettings
{
    /// <summary>Model name, such as <c>compromise</c> or <c>eum</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Options as name/value text pairs; the model's options record parses and checks them.</summary>
    public ValueList<ModelOption> Options { get; init; } = ValueList<ModelOption>.Empty;
}

/// <summary>One model option as written in a scenario file or on the command line.</summary>
/// <param name="Name">The option's name.</param>
/// <param name="Value">Its value as text.</param>
public sealed record ModelOption(string Name, string Value);
