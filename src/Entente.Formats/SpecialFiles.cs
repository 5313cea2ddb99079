using Entente.Formats.Text;

namespace Entente.Formats;

/// <summary>
/// Whether a path names something other than a regular file: a device, FIFO or socket is never read without bound,
/// waited on, or replaced by an output file (writing <c>--output /dev/null</c> through a temporary file and a
/// rename would put a regular file where the device was).
/// </summary>
public static class SpecialFiles
{
    /// <summary>
    /// Why <paramref name="path"/> cannot be an output file, following links: "is a directory" or "is not a regular
    /// file (a device, pipe or socket)"; null for a regular file, nothing at all, or where the platform cannot tell.
    /// </summary>
    public static string? OutputRefusal(string path) => InputFile.KindOf(path) switch
    {
        InputFile.Kind.Directory => "is a directory",
        InputFile.Kind.Special => "is not a regular file (a device, pipe or socket); write to a regular file",
        _ => null,
    };
}
