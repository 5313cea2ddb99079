namespace Entente.Cli.Commands;

/// <summary>The forms a command's result can take.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}
