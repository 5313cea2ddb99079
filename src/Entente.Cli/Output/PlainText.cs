using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>A Spectre console that lays tables out as plain text for a file: no colours, no escapes, 200 columns.</summary>
internal static class PlainText
{
    /// <summary>A console writing plain text to <paramref name="text"/>.</summary>
    public static IAnsiConsole Console(TextWriter text)
    {
        var plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(text),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        plain.Profile.Width = 200;
        return plain;
    }
}
