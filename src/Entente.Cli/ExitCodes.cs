namespace Entente.Cli;

/// <summary>The exit codes of the <c>entente</c> command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something went wrong inside Entente: a defect to report.</summary>
    public const int InternalError = 1;

    /// <summary>The input (a file, an option, a model name) is wrong; the message says where.</summary>
    public const int BadInput = 2;

    /// <summary>The output could not be written (a full disk or device, a closed pipe): the environment, not a defect (sysexits' EX_IOERR).</summary>
    public const int OutputFailed = 74;
}
