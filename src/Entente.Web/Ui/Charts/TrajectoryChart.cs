using Entente.Web.Ui.Reading;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace Entente.Web.Ui.Charts;

/// <summary>One issue's positions round by round: a line per actor, the weighted median, the forecast, and the chosen round marked.</summary>
internal static class TrajectoryChart
{
    public static IList<ITrace> Data(IssueReading issue, ScenarioFacts facts)
    {
        if (issue.Rounds.Count <= 1)
        {
            return Positions(issue, facts);
        }
        var actors = issue.Rounds.SelectMany(r => r.Positions.Keys).Distinct(StringComparer.Ordinal).ToList();
        var rounds = issue.Rounds.Select(r => (object)r.Round).ToList();
        var traces = new List<ITrace>();
        for (var k = 0; k < actors.Count; k++)
        {
            var actor = actors[k];
            traces.Add(new Scatter
            {
                Name = ChartStyle.Text(facts.NameOf(actor)),
                X = [.. issue.Rounds.Where(r => r.Positions.ContainsKey(actor)).Select(r => (object)r.Round)],
                Y = [.. issue.Rounds.Where(r => r.Positions.ContainsKey(actor)).Select(r => (object)r.Positions[actor])],
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                Line = new Line { Dash = ChartStyle.Dash(k), Width = ChartStyle.Width(k, actors.Count) },
                Marker = new Marker { Symbol = ChartStyle.Symbol(k), Size = ChartStyle.MarkerSize(k, actors.Count) },
                HoverTemplate = "%{fullData.name}: %{y:.3~f} (round %{x})<extra></extra>",
            });
        }
        traces.Add(new Scatter
        {
            Name = "weighted median",
            X = rounds,
            Y = [.. issue.Rounds.Select(r => (object)r.WeightedMedian)],
            Mode = ModeFlag.Lines,
            Line = new Line { Color = "#222", Width = 4, Dash = "solid" },
            Opacity = 0.35m,
            HoverTemplate = "weighted median: %{y:.3~f} (round %{x})<extra></extra>",
        });
        traces.Add(new Scatter
        {
            Name = "forecast",
            X = [rounds[0], rounds[^1]],
            Y = [issue.Forecast, issue.Forecast],
            Mode = ModeFlag.Lines,
            Line = new Line { Color = "#111", Width = 1.5m, Dash = "dash" },
            HoverTemplate = "forecast: %{y:.3~f}<extra></extra>",
        });
        traces.Add(ScaleAxis.Anchor(facts.ScaleOf(issue.Id), 0));
        return traces;
    }

    /// <summary>
    /// A model without rounds (one state, round 0): the actors side by side, each at its position, with the forecast
    /// and the weighted median across; two actors at one position stay two marks.
    /// </summary>
    private static IList<ITrace> Positions(IssueReading issue, ScenarioFacts facts)
    {
        var state = issue.Rounds.Count == 0 ? null : issue.Rounds[0];
        var actors = state?.Positions.Keys.ToList() ?? [];
        var names = actors.Select(a => (object)ChartStyle.Text(facts.NameOf(a))).ToList();
        var ends = names.Count == 0 ? new List<object>() : [names[0], names[^1]];
        return
        [
            new Scatter
            {
                Name = "position",
                X = names,
                Y = [.. actors.Select(a => (object)state!.Positions[a])],
                Mode = ModeFlag.Markers,
                Marker = new Marker { Size = 12, Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Circle },
                HoverTemplate = "%{x}: %{y:.3~f}<extra></extra>",
            },
            new Scatter
            {
                Name = "forecast",
                X = ends,
                Y = [issue.Forecast, issue.Forecast],
                Mode = ModeFlag.Lines,
                Line = new Line { Color = "#111", Width = 1.5m, Dash = "dash" },
                HoverTemplate = "forecast: %{y:.3~f}<extra></extra>",
            },
            new Scatter
            {
                Name = "weighted median",
                X = ends,
                Y = [issue.WeightedMedian, issue.WeightedMedian],
                Mode = ModeFlag.Lines,
                Line = new Line { Color = "#888", Width = 2, Dash = "dot" },
                HoverTemplate = "weighted median: %{y:.3~f}<extra></extra>",
            },
            ScaleAxis.Anchor(facts.ScaleOf(issue.Id), names.Count == 0 ? "" : names[0]),
        ];
    }

    public static Layout Layout(IssueReading issue, ScenarioFacts facts, int round)
    {
        var scale = facts.ScaleOf(issue.Id);
        var last = issue.Rounds.Count == 0 ? 0 : issue.Rounds[^1].Round;
        if (issue.Rounds.Count <= 1)
        {
            return new Layout
            {
                Title = new Title { Text = ChartStyle.Text(issue.Name) },
                XAxis = [new XAxis { Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Category, AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }],
                YAxis = [ScaleAxis.Numbers(scale, "position"), ScaleAxis.Labels(scale)],
                Legend = ChartStyle.LegendBelow(),
                Margin = new Margin { T = 50, B = ChartStyle.MarginBelow(3) + 30 },
                Height = 380 + ChartStyle.MarginBelow(3) + 30,
                HoverMode = HoverModeEnum.Closest,
            };
        }
        return new Layout
        {
            Title = new Title { Text = ChartStyle.Text(issue.Name) },
            // No zero lines: an actor at the scale's minimum (often 0) would vanish under one.
            XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "round" }, DTick = 1, Range = [-0.2, Math.Max(1, last) + 0.2], ZeroLine = false }],
            YAxis = [ScaleAxis.Numbers(scale, "position"), ScaleAxis.Labels(scale)],
            Legend = ChartStyle.LegendBelow(),
            Shapes = [RoundMarker(round)],
            Margin = new Margin { T = 50, B = ChartStyle.MarginBelow(Actors(issue) + 2) },
            Height = 380 + ChartStyle.MarginBelow(Actors(issue) + 2),
            HoverMode = HoverModeEnum.Closest,
        };
    }

    private static int Actors(IssueReading issue) => issue.Rounds.SelectMany(r => r.Positions.Keys).Distinct(StringComparer.Ordinal).Count();

    /// <summary>A dotted vertical line at the round the slider chose.</summary>
    private static Shape RoundMarker(int round) => new()
    {
        Type = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Line,
        X0 = round,
        X1 = round,
        YRef = "paper",
        Y0 = 0,
        Y1 = 1,
        Line = new Plotly.Blazor.LayoutLib.ShapeLib.Line { Color = "#888", Dash = "dot", Width = 1 },
    };
}
