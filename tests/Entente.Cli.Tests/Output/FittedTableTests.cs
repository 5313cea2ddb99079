using System.Text.RegularExpressions;
using Entente.Cli.Output;

namespace Entente.Cli.Tests.Output;

/// <summary>Tables in a narrow terminal (issue 18.2): no number or header is ever cut; every line fits.</summary>
public partial class FittedTableTests
{
    public static TheoryData<int, string[]> Commands()
    {
        var data = new TheoryData<int, string[]>();
        string[][] commands =
        [
            ["forecast", RepoPaths.Example("korea-2010-yeonpyeong.yaml")],
            ["forecast", RepoPaths.Example("ec-cars-1994.yaml"), "--model", "eum"],
            ["forecast", RepoPaths.Example("cop21-paris-2015.yaml"), "--model", "exchange"],
            ["sweep", RepoPaths.Example("ec-cars-1994.yaml"), "--trials", "50"],
            ["sensitivity", RepoPaths.Example("ec-cars-1994.yaml")],
            ["models"],
        ];
        foreach (var width in new[] { 60, 80, 100 })
        {
            foreach (var command in commands)
            {
                data.Add(width, command);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_line_fits_and_every_word_of_the_wide_layout_is_still_whole(int width, string[] command)
    {
        var wide = Cli.RunAt(200, command);
        var narrow = Cli.RunAt(width, command);

        Assert.Equal(0, narrow.ExitCode);
        Assert.All(Lines(narrow.Out), line => Assert.True(line.TrimEnd().Length <= width, $"{line.TrimEnd().Length} > {width}: {line}"));
        // A number split over two lines, or a header cut to 'Med…', leaves a word the wide layout does not have.
        Assert.Equal(Words(wide.Out), Words(narrow.Out));
    }

    [Fact]
    public void Columns_that_fit_stay_in_one_block_and_the_rest_repeat_the_first_column()
    {
        Assert.Equal([[0, 1, 2]], FittedTable.Blocks([10, 10, 10], edges: 2, width: 34));
        Assert.Equal([[0, 1], [0, 2]], FittedTable.Blocks([10, 10, 10], edges: 2, width: 33));
        Assert.Equal([[0, 1, 2], [0, 3]], FittedTable.Blocks([10, 10, 10, 10], edges: 2, width: 40));
    }

    // The sweep's speed line is left out: it differs from run to run.
    private static IEnumerable<string> Lines(string text) => text.Split('\n');

    private static SortedSet<string> Words(string text) =>
        new(Lines(text).Where(line => !ContinuationCaption().IsMatch(line) && !line.Contains("trials/s", StringComparison.Ordinal))
            .SelectMany(line => Separators().Split(line)).Where(word => word.Length > 0), StringComparer.Ordinal);

    [GeneratedRegex(@"^\s*columns 1, [0-9-]+ of [0-9]+\s*$")]
    private static partial Regex ContinuationCaption();

    [GeneratedRegex(@"[\s│─╭╮╰╯├┤┼┬┴┌┐└┘]+")]
    private static partial Regex Separators();
}
