namespace Entente.Domain.Validation;

/// <summary>How serious a problem is.</summary>
public enum Severity
{
    /// <summary>The scenario cannot be run.</summary>
    Error,

    /// <summary>The scenario runs, but probably not as intended.</summary>
    Warning,
}
