using System.CommandLine;
using Entente.Cli.Output;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente examples</c> lists the cases bundled with the tool; <c>entente examples copy NAME</c> copies one
/// (with <c>examples/README.md</c>'s provenance a step away) so that an installed tool's user can run and edit it.
/// </summary>
internal static class ExamplesCommand
{
    /// <summary>Where the bundled examples are: beside the program (the build copies them there).</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "examples");

    public static Command Create(CliConsole console)
    {
        var command = new Command("examples", "List the example scenarios bundled with Entente, or copy one to edit (examples copy NAME).");
        command.SetAction(_ => List(console));
        var name = new Argument<string>("name") { Description = "The example's file name, with or without .yaml (see 'entente examples')." };
        var to = new Option<string>("--to") { Description = "Folder to copy into.", DefaultValueFactory = _ => "." };
        var copy = new Command("copy", "Copy a bundled example into a folder (default: the current one).") { name, to };
        copy.SetAction(parse => Copy(console, parse.GetValue(name)!, parse.GetValue(to)!));
        command.Subcommands.Add(copy);
        return command;
    }

    private static IReadOnlyList<string> Files() =>
        Directory.Exists(Folder)
            ? [.. Directory.EnumerateFiles(Folder, "*.yaml", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)]
            : [];

    private static int List(CliConsole console)
    {
        var files = Files();
        if (files.Count == 0)
        {
            console.Error.WriteLine($"error: no bundled examples in {Folder}");
            return ExitCodes.BadInput;
        }
        var table = new Table().Border(TableBorder.Simple).AddColumns("Example", "Case");
        foreach (var file in files)
        {
            table.AddRow(Markup.Escape(file), Markup.Escape(CaseName(Path.Combine(Folder, file))));
        }
        FittedTable.Write(console.Rich, table);
        console.Out.WriteLine("To edit and run one: entente examples copy NAME [--to FOLDER], then entente forecast NAME.yaml.");
        return ExitCodes.Success;
    }

    private static int Copy(CliConsole console, string name, string folder)
    {
        var file = Files().FirstOrDefault(f => f == name || f == name + ".yaml" || Path.GetFileNameWithoutExtension(f) == name);
        if (file is null)
        {
            console.Error.WriteLine($"error: no bundled example '{name}' (see 'entente examples')");
            return ExitCodes.BadInput;
        }
        var target = Path.Combine(folder, Path.GetFileName(file));
        if (File.Exists(target))
        {
            console.Error.WriteLine($"{target}: error: the file exists; copy into another folder with --to");
            return ExitCodes.BadInput;
        }
        try
        {
            Directory.CreateDirectory(folder);
            File.Copy(Path.Combine(Folder, file), target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"{target}: error: cannot copy the example: {e.Message}");
            return ExitCodes.BadInput;
        }
        console.Out.WriteLine($"copied {file} to {target}");
        return ExitCodes.Success;
    }

    // The name: line of a scenario (or the title of a stage game), read without parsing the file.
    private static string CaseName(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("name:", StringComparison.Ordinal))
            {
                return line["name:".Length..].Trim().Trim('"');
            }
        }
        return "";
    }
}
