using System.Text.RegularExpressions;

namespace Entente.Cli;

/// <summary>
/// The command-line parser's messages in words: "as expected type 'System.Nullable`1[System.Int32]'" becomes "as a
/// whole number", so no .NET type name reaches a user.
/// </summary>
internal static partial class ParseMessages
{
    public static string Plain(string message) => ExpectedType().Replace(message, m => "as " + Describe(m.Groups[1].Value));

    private static string Describe(string type)
    {
        var inner = Nullable().Match(type) is { Success: true } nullable ? nullable.Groups[1].Value : type;
        return inner switch
        {
            "System.Int32" => "a whole number (at most 2,147,483,647)",
            "System.Int64" => "a whole number",
            "System.UInt64" or "System.UInt32" => "a whole number of 0 or more",
            "System.Double" or "System.Single" or "System.Decimal" => "a number",
            "System.Boolean" => "true or false",
            _ => "a value of the right kind",
        };
    }

    [GeneratedRegex(@"as expected type '([^']+)'")]
    private static partial Regex ExpectedType();

    [GeneratedRegex(@"^System\.Nullable`1\[(.+)\]$")]
    private static partial Regex Nullable();
}
