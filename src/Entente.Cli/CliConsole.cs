using Spectre.Console;

namespace Entente.Cli;

/// <summary>
/// Where a command writes: the result to <see cref="Out"/>, diagnostics and progress to <see cref="Error"/>; and the
/// application layer's services it calls. Tests pass string writers; the program passes the process's streams.
/// </summary>
internal sealed class CliConsole
{
    private readonly Lazy<IAnsiConsole> _rich;

    public CliConsole(TextWriter output, TextWriter error, bool redirected, IServiceProvider services, int? width = null)
    {
        Services = services;
        Out = output;
        Error = error;
        Redirected = redirected;
        // Made when first used: a command that prints JSON or CSV never pays for Spectre's start-up.
        _rich = new Lazy<IAnsiConsole>(() =>
        {
            var rich = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
                ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
                Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
            });
            if (width is > 0)
            {
                rich.Profile.Width = width.Value;
            }
            else if (redirected)
            {
                // Tables must not wrap at a phantom 80 columns when written to a file or a pipe.
                rich.Profile.Width = 200;
            }
            return rich;
        });
    }

    /// <summary>The application layer (see <c>AddEntenteApplication</c>).</summary>
    public IServiceProvider Services { get; }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>True when output goes to a file or a pipe: no colours, no live progress bars, plain log lines.</summary>
    public bool Redirected { get; }

    /// <summary>Spectre console over <see cref="Out"/>, for tables.</summary>
    public IAnsiConsole Rich => _rich.Value;
}
