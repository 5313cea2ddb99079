namespace Entente.Formats.Yaml;

/// <summary>
/// A node of a YAML document with its 1-based position. Entente builds its own small tree from the
/// parser's events, rather than YamlDotNet's representation model, because that model stops at the
/// first duplicate key and we want to report every problem of the file in one pass.
/// </summary>
internal abstract record YamlNode(int Line, int Column)
{
    /// <summary>What the node is, in words for error messages.</summary>
    public abstract string Kind { get; }
}

/// <summary>A scalar: its text and whether it was written plain (unquoted), which decides whether it can be null.</summary>
internal sealed record YamlScalar(string Value, bool Plain, int Line, int Column) : YamlNode(Line, Column)
{
    /// <summary>An empty plain value or one of YAML's null spellings.</summary>
    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Kind => IsNull ? "nothing" : "text";
}

/// <summary>A sequence.</summary>
internal sealed record YamlSequence(IReadOnlyList<YamlNode> Items, int Line, int Column) : YamlNode(Line, Column)
{
    public override string Kind => "a list";
}

/// <summary>A mapping, its entries in file order (duplicates kept, so that they can be reported).</summary>
internal sealed record YamlMapping(IReadOnlyList<(YamlNode Key, YamlNode Value)> Entries, int Line, int Column) : YamlNode(Line, Column)
{
    public override string Kind => "a mapping";
}
