using System.Globalization;

namespace Entente.Cli.Tests;

/// <summary>Runs the entente command in-process, capturing what it writes and its exit code.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args) => RunAt(null, args);

    /// <summary>Runs with tables laid out in <paramref name="width"/> columns, as COLUMNS=width would.</summary>
    public static Result RunAt(int? width, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = EntenteApp.Run(args, output, error, redirected: true, width);
        return new Result(code, output.ToString(), error.ToString());
    }
}

/// <summary>Files of the repository that tests read: examples and reference data.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Example(string name) => Path.Combine(Root, "examples", name);

    public static string Data(string relative) => Path.Combine(Root, "tests", "data", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root (Entente.slnx) not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>The reference trajectory of the EC cars case: round 0 holds the input's weighted mean and median.</summary>
internal static class EcCarsReference
{
    public static (double Mean, double Median) Round0()
    {
        var lines = File.ReadAllLines(RepoPaths.Data("reference/scholz-ec-cars/expected-scholz-variant.csv"));
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        double Field(string name) => double.Parse(row[Array.IndexOf(header, name)], CultureInfo.InvariantCulture);
        return (Field("weighted_mean"), Field("weighted_median"));
    }
}
