namespace Entente.Domain.Tests;

/// <summary>Named points describe only the values close to them (issue 18.7): 79 is not '100: anytime, anywhere'.</summary>
public class IssueScaleTests
{
    private static readonly IssueScale Talks = new()
    {
        Min = 0,
        Max = 100,
        Labels = new([new ScalePoint(0, "no talks"), new ScalePoint(50, "talks with conditions"), new ScalePoint(100, "anytime, anywhere")]),
    };

    [Theory]
    [InlineData(100, 100)]
    [InlineData(95, 100)]
    [InlineData(52.5, 50)]
    [InlineData(-4, 0)]
    public void A_value_within_five_percent_of_the_width_is_called_by_the_nearest_name(double value, double point) =>
        Assert.Equal(point, Talks.LabelNear(value)?.Value);

    [Theory]
    [InlineData(79)]
    [InlineData(94.9)]
    [InlineData(20)]
    public void A_value_further_from_every_named_point_has_no_name(double value) =>
        Assert.Null(Talks.LabelNear(value));

    [Fact]
    public void The_named_points_around_a_value_are_the_nearest_below_and_above()
    {
        Assert.Equal((50.0, 100.0), (Talks.LabelsAround(79).Below!.Value, Talks.LabelsAround(79).Above!.Value));
        Assert.Null(Talks.LabelsAround(120).Above);
        Assert.Equal(100, Talks.LabelsAround(120).Below!.Value);
    }
}
