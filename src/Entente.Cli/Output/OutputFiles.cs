using System.Text;

namespace Entente.Cli.Output;

/// <summary>
/// How the CLI writes its output files: never over one of its inputs, and atomically (a temporary file in the same
/// folder, then a rename), so a full disk or a crash leaves the old file whole rather than deleted or cut short.
/// </summary>
internal static class OutputFiles
{
    /// <summary>
    /// The complaint when writing <paramref name="output"/> would overwrite <paramref name="input"/>, or when it exists and is
    /// not a regular file (<see cref="NotRegular"/>), else null: checked before a run, so nothing is computed for nothing.
    /// </summary>
    public static string? Overwrites(string output, string input)
    {
        if (NotRegular(output) is { } special)
        {
            return special;
        }
        var same = string.Equals(Resolved(output), Resolved(input), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
        return same ? $"{output}: error: the output would overwrite the input {input}; choose another output" : null;
    }

    /// <summary>The first complaint for any of <paramref name="outputs"/> overwriting <paramref name="input"/>.</summary>
    public static string? Overwrites(IEnumerable<string> outputs, string input) =>
        outputs.Select(o => Overwrites(o, input)).FirstOrDefault(c => c is not null);

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte order mark) to <paramref name="path"/>, atomically.</summary>
    public static void Write(string path, string text) => Write(path, writer => writer.Write(text));

    /// <summary>
    /// The complaint when <paramref name="output"/> exists and is not a regular file (a directory, device, FIFO or
    /// socket: never waited on, and never replaced by the rename), else null.
    /// </summary>
    public static string? NotRegular(string output) =>
        Formats.SpecialFiles.OutputRefusal(output) is { } why ? $"{output}: error: the output {why}" : null;

    /// <summary>Writes what <paramref name="write"/> writes to <paramref name="path"/>, atomically.</summary>
    /// <exception cref="IOException">The file cannot be written, or <paramref name="path"/> is not a regular file.</exception>
    public static void Write(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        if (Formats.SpecialFiles.OutputRefusal(full) is { } why)
        {
            throw new IOException($"{path} {why}");
        }
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            {
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    // The path as the file system will resolve it: absolute, and through a symbolic link to its target.
    private static string Resolved(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }
}
