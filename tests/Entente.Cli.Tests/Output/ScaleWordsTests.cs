using Entente.Cli.Output;
using Entente.Domain;

namespace Entente.Cli.Tests.Output;

/// <summary>A forecast on a labelled scale is named only by a label close to it (issue 18.7).</summary>
public class ScaleWordsTests
{
    private static readonly IssueScale Talks = new()
    {
        Min = 0,
        Max = 100,
        Labels = new([new ScalePoint(0, "no talks"), new ScalePoint(50, "talks with conditions"), new ScalePoint(100, "anytime, anywhere")]),
    };

    [Theory]
    [InlineData(79, "between '50: talks with conditions' and '100: anytime, anywhere'")]
    [InlineData(97, "≈ 100: anytime, anywhere")]
    [InlineData(150, "above '100: anytime, anywhere'")]
    public void A_far_value_lies_between_labels_and_a_near_one_takes_the_name(double value, string words) =>
        Assert.Equal(words, ScaleWords.Describe(Talks, value));

    [Fact]
    public void The_forecast_table_does_not_call_20_by_the_label_at_0()
    {
        var result = Cli.RunAt(400, "forecast", RepoPaths.Example("korea-2010-yeonpyeong.yaml"));

        Assert.Contains("20  between '0: no military response' and '50: artillery fire as on 23 November'", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("≈ 0: no military response", result.Out, StringComparison.Ordinal);
    }
}
