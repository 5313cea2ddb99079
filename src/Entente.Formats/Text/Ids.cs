using System.Text;

namespace Entente.Formats.Text;

/// <summary>Makes identifiers for importers whose files carry names rather than ids.</summary>
internal static class Ids
{
    /// <summary>
    /// Lower-case letters and digits joined by hyphens: "Policy" → <c>policy</c>, "XYZ Issue" → <c>xyz-issue</c>;
    /// empty when the text holds neither.
    /// </summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        return builder.ToString().TrimEnd('-');
    }

    /// <summary>The file's name without folder or extension: what single-case importers name the scenario after.</summary>
    public static string Stem(string file)
    {
        var stem = Path.GetFileNameWithoutExtension(file);
        return string.IsNullOrWhiteSpace(stem) ? "scenario" : stem;
    }

    /// <summary><paramref name="id"/>, or with <c>-2</c>, <c>-3</c>… appended when already taken.</summary>
    public static string Unique(string id, ISet<string> taken)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }
        return candidate;
    }
}
