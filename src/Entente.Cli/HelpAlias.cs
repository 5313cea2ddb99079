namespace Entente.Cli;

/// <summary>
/// <c>entente help [command …]</c>, the spelling many tools accept, read as <c>entente [command …] --help</c>.
/// </summary>
internal static class HelpAlias
{
    public static string[] Rewrite(string[] args) =>
        args.Length > 0 && args[0] == "help" ? [.. args[1..], "--help"] : args;
}
