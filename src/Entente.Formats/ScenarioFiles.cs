using System.Text;
using Entente.Formats.Importers;
using Entente.Formats.Text;
using Entente.Formats.Yaml;

namespace Entente.Formats;

/// <summary>Reads scenario files in any of the known formats, recognising the format by content.</summary>
public static class ScenarioFiles
{
    /// <summary>Text files larger than this are not scenarios; refusing them keeps a mistaken path from eating memory.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    private static readonly string Known =
        "Entente YAML (a mapping with name, actors, issues), an actor table (header Actor,Capability,Position,Salience), "
        + "a KTAB SMP CSV (line 2 starting Actor,Description) or an exchange-model file (rows tagged #A, #P, #M, #D)";

    /// <summary>
    /// Reads and parses the file at <paramref name="path"/>; every failure is a <see cref="ScenarioLoadException"/>.
    /// <paramref name="onProblem"/>, when given, receives each problem of the file as the reader finds it (the first
    /// <c>1000</c>, as the exception keeps them), before the exception ends the read.
    /// </summary>
    public static ScenarioDocument Load(string path, Action<Diagnostic>? onProblem = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(ReadText(path), path, onProblem);
    }

    /// <summary>
    /// The text of a small input file, refusing what cannot be one (missing, a directory, too large, binary);
    /// every failure is a <see cref="ScenarioLoadException"/> naming <paramref name="path"/>.
    /// </summary>
    internal static string ReadText(string path)
    {
        byte[] bytes;
        try
        {
            bytes = Read(path, $"file is larger than {MaxFileBytes / (1024 * 1024)} MiB; scenario files are small text files");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            throw new ScenarioLoadException([new Diagnostic(path, null, null, "", $"cannot read the file: {e.Message}")]);
        }
        // A spreadsheet's "Unicode text" is UTF-16 with a byte order mark: read it rather than call it binary.
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            try
            {
                return new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            }
            catch (DecoderFallbackException)
            {
                throw Problem(path, "starts like UTF-16 text but is not valid UTF-16; save it as UTF-8");
            }
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw Problem(path, "not a text file (it contains NUL bytes)");
        }
        // UTF-8 with or without a byte order mark. An invalid byte is an error at its place: replacing it would
        // silently change a name or a number.
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Max(0, e.Index);
            var before = new UTF8Encoding(false, false).GetString(bytes, 0, Math.Min(at, bytes.Length));
            var line = before.Count(c => c == '\n') + 1;
            var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
            throw new ScenarioLoadException([new Diagnostic(path, line, column, "",
                $"not valid UTF-8 here (byte 0x{bytes[Math.Min(at, bytes.Length - 1)]:X2}); save the file as UTF-8 (Latin-1 and Windows-1252 are not read)")]);
        }
    }

    /// <summary>
    /// An input file's bytes, bounded by <see cref="MaxFileBytes"/> and only from a regular file; every failure is a
    /// <see cref="ScenarioLoadException"/> naming <paramref name="path"/>.
    /// </summary>
    internal static byte[] Read(string path, string tooLarge) =>
        Text.InputFile.Read(path, MaxFileBytes, tooLarge, out var refusal)
            ?? throw Problem(path, refusal == "is a directory" ? "is a directory, not a scenario file" : refusal);

    /// <summary>
    /// Parses <paramref name="text"/>, recognising its format by content; <paramref name="file"/> names it in diagnostics,
    /// and <paramref name="onProblem"/>, when given, receives each as it is found.
    /// </summary>
    public static ScenarioDocument Parse(string text, string file, Action<Diagnostic>? onProblem = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var body = text.TrimStart('\uFEFF');
        var document = Detect(body, file, out var plainRoot) switch
        {
            ScenarioFormat.Exchange => ExchangeImporter.Import(body, file, onProblem),
            ScenarioFormat.ActorTable => ActorTableImporter.Import(body, file, onProblem),
            ScenarioFormat.Ktab => KtabImporter.Import(body, file, onProblem),
            _ => YamlScenarioReader.Read(body, file, onProblem, plainRoot),
        };
        return document with { Text = text };
    }

    /// <summary>
    /// Whether Entente's own YAML reader takes <paramref name="text"/> (the plain subset scenario files are written in)
    /// rather than YamlDotNet's parser: a hint for start-up, which warms YamlDotNet only for a file that needs it.
    /// </summary>
    public static bool IsPlainYaml(string text) => Yaml.PlainYamlReader.TryRead(text) is not null;

    /// <summary>
    /// The format of <paramref name="text"/>, judged by content alone (the extension is ignored, so a
    /// <c>.txt</c> exchange file reads as one); throws when no known format matches.
    /// </summary>
    public static ScenarioFormat Detect(string text, string file) => Detect(text, file, out _);

    // Also the tree of a YAML file in the plain subset, read once for recognising it and for reading it: whenever the
    // answer is YAML the plain reader has tried the text, so a null tree then means it declined.
    private static ScenarioFormat Detect(string text, string file, out Yaml.YamlNode? plainRoot)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        plainRoot = null;
        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Problem(file, "the file is empty");
        }
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw Problem(file, "not a text file (it contains NUL characters)");
        }
        var lines = DelimitedText.Lines(text);
        if (Importers.Deu.DeuImporter.Recognises(lines))
        {
            // A DEU table holds hundreds of separate decisions with known outcomes: a data set to score
            // models on, not one negotiation to forecast.
            throw Problem(file, "this is a DEU data set (one row per issue of many EU proposals), not a scenario; "
                + "score models on it with 'entente backtest " + file + "', or turn one proposal into a scenario with 'entente convert " + file + " --proposal ID'");
        }
        if (ExchangeImporter.Recognises(lines))
        {
            return ScenarioFormat.Exchange;
        }
        if (ActorTableImporter.Recognises(lines))
        {
            return ScenarioFormat.ActorTable;
        }
        if (KtabImporter.Recognises(lines))
        {
            return ScenarioFormat.Ktab;
        }
        // A YAML directive (%YAML, %TAG) or document start says YAML: the reader reports what is wrong with it, at its line.
        plainRoot = Yaml.PlainYamlReader.TryRead(text);
        if (YamlDetector.LooksLikeScenario(text, plainRoot) || lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.TrimStart() is { } start
            && (start.StartsWith("%YAML", StringComparison.Ordinal) || start.StartsWith("%TAG", StringComparison.Ordinal)))
        {
            return ScenarioFormat.Yaml;
        }
        throw Problem(file, $"not a scenario in any known format; Entente reads {Known}");
    }

    private static ScenarioLoadException Problem(string file, string message) =>
        new([new Diagnostic(file, null, null, "", message)]);
}
