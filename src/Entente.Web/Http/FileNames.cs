namespace Entente.Web;

/// <summary>
/// The names clients give their input, which appear in every problem (<c>name:line:column</c>): plain file names
/// only, so that no answer can be made to look like it concerns a file on the server.
/// </summary>
internal static class FileNames
{
    public const int MaxLength = 200;

    public static string Check(string? name, string fallback, string field = "name")
    {
        if (name is null)
        {
            return fallback;
        }
        if (name.Length is 0 or > MaxLength || name is "." or ".." || name.IndexOfAny(['/', '\\', ':']) >= 0 || name.Any(char.IsControl))
        {
            throw ApiProblemException.BadField(field, $"{field} must be a plain file name of 1 to {MaxLength} characters, without folders or control characters");
        }
        return name;
    }
}
