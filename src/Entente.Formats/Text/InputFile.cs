using System.Runtime.InteropServices;

namespace Entente.Formats.Text;

/// <summary>
/// Reads an input file whole, but never more than a bound and never from what is not a regular file: a device
/// (<c>/dev/zero</c>) reports length 0 and would be read for ever, and opening a FIFO blocks until someone writes.
/// </summary>
internal static class InputFile
{
    /// <summary>What stands at the path, when the platform can tell.</summary>
    public enum Kind
    {
        /// <summary>The platform cannot tell (not Linux): the bounded read still protects.</summary>
        Unknown,

        /// <summary>A regular file.</summary>
        Regular,

        /// <summary>A directory.</summary>
        Directory,

        /// <summary>A FIFO, socket or device.</summary>
        Special,

        /// <summary>Nothing.</summary>
        Missing,
    }

    /// <summary>The file's bytes; null with <paramref name="refusal"/> saying why not (a message naming no path).</summary>
    /// <param name="path">The file.</param>
    /// <param name="limit">The most bytes read.</param>
    /// <param name="tooLarge">The refusal when the file holds more.</param>
    /// <param name="refusal">Why the file was not read.</param>
    public static byte[]? Read(string path, long limit, string tooLarge, out string refusal)
    {
        refusal = KindOf(path) switch
        {
            Kind.Missing => "file not found",
            Kind.Directory => "is a directory",
            Kind.Special => "is not a regular file (a device, pipe or socket); save the input to a file first",
            _ => "",
        };
        if (refusal.Length > 0)
        {
            return null;
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                refusal = tooLarge;
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>What stands at <paramref name="path"/>, following links (statx on Linux, whose layout is the same on every architecture).</summary>
    public static Kind KindOf(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            return Kind.Directory;
        }
        if (!File.Exists(path))
        {
            return Kind.Missing;
        }
        if (!OperatingSystem.IsLinux())
        {
            return Kind.Unknown;
        }
        try
        {
            var buffer = new byte[256];
            if (Statx(AtWorkingDirectory, path, 0, StatxType, buffer) != 0)
            {
                return Kind.Unknown;
            }
            var type = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
            return type switch
            {
                0x8000 => Kind.Regular,
                0x4000 => Kind.Directory,
                _ => Kind.Special,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Kind.Unknown;
        }
    }

    private const int AtWorkingDirectory = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // stx_mode: after stx_mask, stx_blksize (u32 each), stx_attributes (u64), stx_nlink, stx_uid, stx_gid (u32 each)

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
