using Entente.Domain;

namespace Entente.Models.Exchange;

/// <summary>
/// Converts between an issue's own scale and the 0-100 scale the model computes on: the exchange model's
/// bounds on moves (no move past 100, no position off the scale) assume 0-100.
/// </summary>
internal readonly record struct IssueUnits(double Min, double Width)
{
    public static IssueUnits Of(Issue issue) =>
        issue.Scale.Width > 0 ? new(issue.Scale.Min, issue.Scale.Width) : new(0, 100);

    public double ToModel(double position) => (position - Min) * (100 / Width);

    public double ToIssue(double position) => Min + position * Width / 100;

    public double MoveToIssue(double move) => move * Width / 100;
}
