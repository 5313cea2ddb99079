namespace Entente.Cli.Tests.Fuzz;

/// <summary>How one fuzzed run ended: the first two are acceptable, the others are defects.</summary>
internal enum FuzzOutcome
{
    /// <summary>Exit code 0 with finite results.</summary>
    Success,

    /// <summary>Exit code 2 (bad input) or 74 (output), with a message and no stack trace.</summary>
    CleanError,

    /// <summary>Exit code 1 (an internal error), any other code, an exception out of the command, or a stack trace printed.</summary>
    Crash,

    /// <summary>No answer within the wall-clock limit.</summary>
    Hang,

    /// <summary>An answer, after more processor time than any command here takes on a clean input (runaway time).</summary>
    Slow,

    /// <summary>Exit code 0 with NaN or an infinity as a forecast, mean, median or position.</summary>
    NonFinite,

    /// <summary>An input file changed or disappeared.</summary>
    LostFile,
}
