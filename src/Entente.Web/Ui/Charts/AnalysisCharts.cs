using Entente.Web.Ui.Reading;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace Entente.Web.Ui.Charts;

/// <summary>Charts of the analyses: variants' differences, sweep distributions, the sensitivity tornado.</summary>
internal static class AnalysisCharts
{
    /// <summary>
    /// Each variant's difference from the base per issue, as a share of the issue's scale (issues have scales of their
    /// own); with trials, the paired 90% interval as error bars.
    /// </summary>
    public static IList<ITrace> Differences(ComparisonReading c, ScenarioFacts facts, IReadOnlyDictionary<string, string> issueNames)
    {
        return [.. c.Variants.Select((v, k) => (ITrace)new Bar
        {
            Name = ChartStyle.Text(v.Name),
            Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
            Y = [.. v.Issues.Select(i => (object)ChartStyle.Text(ChartStyle.Short(issueNames.GetValueOrDefault(i.Id, i.Id), 40)))],
            X = [.. v.Issues.Select(i => (object)Share(facts, i.Id, i.Difference))],
            CustomData = [.. v.Issues.Select(i => (object)$"{Num(i.Base)} → {Num(i.Variant)}")],
            HoverTemplate = "%{fullData.name}: %{customdata} (%{x:+.1f}% of the scale)<extra></extra>",
        })];
    }

    /// <summary>
    /// With trials: each variant's paired difference from the base over the same trials, its mean and 90% interval,
    /// as a share of the issue's scale; variants side by side on each issue.
    /// </summary>
    public static IList<ITrace> PairedDifferences(ComparisonReading c, ScenarioFacts facts, IReadOnlyDictionary<string, string> issueNames) =>
    [
        .. c.Variants.Where(v => v.Paired is not null).Select((v, k) =>
        {
            var issues = v.Paired!.Issues;
            return (ITrace)new Scatter
            {
                Name = ChartStyle.Text(v.Name),
                Orientation = Plotly.Blazor.Traces.ScatterLib.OrientationEnum.H,
                Y = [.. issues.Select(i => (object)ChartStyle.Text(ChartStyle.Short(issueNames.GetValueOrDefault(i.Id, i.Id), 40)))],
                X = [.. issues.Select(i => (object)Share(facts, i.Id, i.Forecast.Mean))],
                Mode = ModeFlag.Markers,
                Marker = new Marker { Symbol = ChartStyle.Symbol(k), Size = 9 },
                ErrorX = new ErrorX
                {
                    Type = Plotly.Blazor.Traces.ScatterLib.ErrorXLib.TypeEnum.Data,
                    Symmetric = false,
                    Array = [.. issues.Select(i => (object)Share(facts, i.Id, i.Forecast.High - i.Forecast.Mean))],
                    ArrayMinus = [.. issues.Select(i => (object)Share(facts, i.Id, i.Forecast.Mean - i.Forecast.Low))],
                    Width = 4,
                },
                CustomData = [.. issues.Select(i => (object)$"{Num(i.Forecast.Mean)} [{Num(i.Forecast.Low)}, {Num(i.Forecast.High)}]")],
                HoverTemplate = "%{fullData.name}: %{customdata}<extra></extra>",
            };
        }),
    ];

    public static Layout PairedDifferencesLayout(int issues, int variants, int trials) => new()
    {
        Title = new Title { Text = $"Paired difference over {trials} trials: mean and 90% interval" },
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "difference, % of the issue's scale" }, ZeroLine = true, ZeroLineWidth = 2 }],
        YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True, Type = Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Category }],
        ScatterMode = ScatterModeEnum.Group,
        Legend = ChartStyle.LegendBelow(),
        Height = 120 + (44 * issues) + ChartStyle.MarginBelow(variants),
        Margin = new Margin { T = 40, B = ChartStyle.MarginBelow(variants) },
        HoverMode = HoverModeEnum.Closest,
    };

    public static Layout DifferencesLayout(int issues, int variants) => new()
    {
        Title = new Title { Text = "Variant − base, per issue (nominal runs)" },
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "difference, % of the issue's scale" }, ZeroLine = true, ZeroLineWidth = 2 }],
        YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True, Type = Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Category }],
        BarMode = BarModeEnum.Group,
        Legend = ChartStyle.LegendBelow(),
        Height = 120 + (44 * issues) + ChartStyle.MarginBelow(variants),
        Margin = new Margin { T = 40, B = ChartStyle.MarginBelow(variants) },
    };

    /// <summary>Per issue, on a common 0–100% of each scale: the 5–95% range, the 25–75% box, the median and the baseline (the run without noise).</summary>
    public static IList<ITrace> Distributions(SweepReading s, ScenarioFacts facts, IReadOnlyDictionary<string, string> issueNames)
    {
        var traces = new List<ITrace>();
        for (var k = 0; k < s.Issues.Count; k++)
        {
            var i = s.Issues[k];
            var name = ChartStyle.Text(ChartStyle.Short(issueNames.GetValueOrDefault(i.Id, i.Id), 40));
            traces.Add(Segment(name, Percent(facts, i.Id, i.P5), Percent(facts, i.Id, i.P95), 3, "#7aa6d8", k == 0 ? "5–95%" : null, $"5%: {Num(i.P5)}, 95%: {Num(i.P95)}"));
            traces.Add(Segment(name, Percent(facts, i.Id, i.P25), Percent(facts, i.Id, i.P75), 14, "#2f6db5", k == 0 ? "25–75%" : null, $"25%: {Num(i.P25)}, 75%: {Num(i.P75)}"));
            traces.Add(Point(name, Percent(facts, i.Id, i.Median), Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.LineNSOpen, 22, "#111", k == 0 ? "median" : null, $"median {Num(i.Median)} (mean {Num(i.Mean)}, sd {Num(i.StandardDeviation)})"));
            traces.Add(Point(name, Percent(facts, i.Id, i.Baseline), Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.DiamondOpen, 13, "#c0392b", k == 0 ? "baseline (no noise)" : null, $"baseline {Num(i.Baseline)}"));
        }
        return traces;
    }

    public static Layout DistributionsLayout(int issues) => new()
    {
        Title = new Title { Text = "Forecast distributions over noisy inputs" },
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "position, % of the issue's scale (0 = its minimum, 100 = its maximum)" }, Range = [-3, 103] }],
        YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True, Type = Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Category }],
        Legend = ChartStyle.LegendBelow(),
        Height = 120 + (44 * issues) + ChartStyle.MarginBelow(4),
        Margin = new Margin { T = 40, B = ChartStyle.MarginBelow(4) },
        HoverMode = HoverModeEnum.Closest,
    };

    /// <summary>
    /// One issue's tornado: for each input, the forecast when it is moved down and when it is moved up, as bars from
    /// the baseline forecast; the widest swing on top.
    /// </summary>
    public static IList<ITrace> Tornado(SensitivityIssueReading issue, ScenarioFacts facts, int bars = 12)
    {
        var top = issue.Tornado.OrderByDescending(b => b.Swing).Take(bars).Reverse().ToList();
        var labels = top.Select(b => (object)ChartStyle.Text($"{facts.NameOf(b.Actor)} · {b.Field}")).ToList();
        return
        [
            Side("input moved down", labels, top.Select(b => b.Low), issue.Baseline, "#c0392b"),
            Side("input moved up", labels, top.Select(b => b.High), issue.Baseline, "#2f6db5"),
        ];
    }

    private static Bar Side(string name, IList<object> labels, IEnumerable<double> forecasts, double baseline, string color)
    {
        var values = forecasts.ToList();
        return new Bar
        {
            Name = name,
            Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
            Y = labels,
            BaseArray = [.. values.Select(_ => (object)baseline)],
            X = [.. values.Select(v => (object)(v - baseline))],
            CustomData = [.. values.Select(v => (object)Num(v))],
            HoverTemplate = "%{y}, " + name + ": forecast %{customdata}<extra></extra>",
            Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = color },
        };
    }

    public static Layout TornadoLayout(SensitivityIssueReading issue, ScenarioFacts facts, string name, int bars = 12) => new()
    {
        Title = new Title { Text = ChartStyle.Text($"What moves the forecast of {name}") },
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = ChartStyle.Text($"forecast (baseline {Num(issue.Baseline)}{(facts.ScaleOf(issue.Id) is { } scale ? $", scale {Num(scale.Min)} to {Num(scale.Max)}" : "")})") } }],
        BarMode = BarModeEnum.Overlay,
        YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True, Type = Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Category }],
        Legend = ChartStyle.LegendBelow(),
        Height = 100 + (30 * Math.Min(bars, issue.Tornado.Count)) + ChartStyle.MarginBelow(2),
        Margin = new Margin { T = 40, B = ChartStyle.MarginBelow(2) },
    };

    private static Scatter Segment(string y, double from, double to, int width, string color, string? legend, string hover) => new()
    {
        Name = legend ?? "",
        ShowLegend = legend is not null,
        LegendGroup = legend ?? "",
        Y = [y, y],
        X = [from, to],
        Mode = ModeFlag.Lines,
        Line = new Line { Width = width, Color = color },
        HoverTemplate = ChartStyle.Text(hover) + "<extra></extra>",
    };

    private static Scatter Point(string y, double x, Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum symbol, int size, string color, string? legend, string hover) => new()
    {
        Name = legend ?? "",
        ShowLegend = legend is not null,
        Y = [y],
        X = [x],
        Mode = ModeFlag.Markers,
        Marker = new Marker { Symbol = symbol, Size = size, Color = color, Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Width = 2, Color = color } },
        HoverTemplate = ChartStyle.Text(hover) + "<extra></extra>",
    };

    private static DifferenceReading? Paired(PairedReading paired, string issue) => paired.Issues.FirstOrDefault(i => i.Id == issue)?.Forecast;

    private static double Share(ScenarioFacts facts, string issue, double difference) =>
        facts.ScaleOf(issue) is { Width: > 0 } scale ? 100 * difference / scale.Width : difference;

    private static double Percent(ScenarioFacts facts, string issue, double value) =>
        facts.ScaleOf(issue) is { Width: > 0 } scale ? 100 * (value - scale.Min) / scale.Width : value;

    private static string Num(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
