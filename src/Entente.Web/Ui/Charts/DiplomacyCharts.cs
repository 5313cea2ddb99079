using Entente.Web.Ui.Reading;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace Entente.Web.Ui.Charts;

/// <summary>The diplomacy layer's charts: the signals over the rounds, credibility per observer, belief paths, and the headline probabilities with their intervals.</summary>
internal static class DiplomacyCharts
{
    public static IList<ITrace> Signals(DiplomacyReading d, ScenarioFacts facts)
    {
        var signals = d.Rounds.SelectMany(r => r.Signals.Select(s => (r.Round, Signal: s))).ToList();
        var kinds = signals.Select(s => s.Signal.Kind).Distinct(StringComparer.Ordinal).ToList();
        return [.. kinds.Select((kind, k) => (ITrace)new Scatter
        {
            Name = ChartStyle.Text(kind),
            X = [.. signals.Where(s => s.Signal.Kind == kind).Select(s => (object)s.Round)],
            Y = [.. signals.Where(s => s.Signal.Kind == kind).Select(s => (object)Lane(s.Signal, facts))],
            TextArray = [.. signals.Where(s => s.Signal.Kind == kind).Select(s => ChartStyle.Text($"{s.Signal.Id} ({s.Signal.Channel}{(s.Signal.Sent ? "" : ", not sent")})"))],
            Mode = ModeFlag.Markers | ModeFlag.Text,
            TextPosition = TextPositionEnum.MiddleRight,
            Marker = new Marker { Symbol = ChartStyle.Symbol(k), Size = 14 },
            HoverTemplate = "round %{x}: %{text}<extra>%{fullData.name}</extra>",
        })];
    }

    public static Layout SignalsLayout(DiplomacyReading d) => new()
    {
        Title = new Title { Text = "Signals, round by round" },
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "round" }, DTick = 1, Range = [0.5, Math.Max(1, d.Rounds.Count == 0 ? 1 : d.Rounds.Max(r => r.Round)) + 1.2] }],
        YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True, Type = Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Category }],
        Legend = ChartStyle.LegendBelow(),
        Height = 240 + ChartStyle.MarginBelow(Kinds(d)),
        Margin = new Margin { T = 40, B = ChartStyle.MarginBelow(Kinds(d)) },
    };

    public static IList<ITrace> Credibility(DiplomacyReading d, ScenarioFacts facts)
    {
        var readings = d.Rounds.SelectMany(r => r.Signals.SelectMany(s => s.Observers.Select(o => (Label: $"r{r.Round} {s.Id}", o)))).ToList();
        var observers = readings.Select(x => x.o.Observer).Distinct(StringComparer.Ordinal).ToList();
        return [.. observers.Select(observer => (ITrace)new Bar
        {
            Name = ChartStyle.Text(facts.NameOf(observer)),
            X = [.. readings.Where(x => x.o.Observer == observer).Select(x => (object)ChartStyle.Text(x.Label))],
            Y = [.. readings.Where(x => x.o.Observer == observer).Select(x => (object)x.o.Credibility)],
            HoverTemplate = "%{fullData.name} reads %{x} as %{y:.2f} credible<extra></extra>",
        })];
    }

    public static Layout CredibilityLayout(DiplomacyReading d) => new()
    {
        Title = new Title { Text = "Credibility of each signal, per observer" },
        YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "credibility" }, Range = [0, 1.05] }],
        BarMode = BarModeEnum.Group,
        Legend = ChartStyle.LegendBelow(),
        Height = 260 + ChartStyle.MarginBelow(Observers(d)),
        Margin = new Margin { T = 40, B = ChartStyle.MarginBelow(Observers(d)) },
    };

    public static IList<ITrace> Beliefs(DiplomacyReading d, ScenarioFacts facts)
    {
        var paths = d.Rounds.SelectMany(r => r.Beliefs.Select(b => (r.Round, b)))
            .GroupBy(x => (x.b.Observer, x.b.About, x.b.Dimension)).ToList();
        return [.. paths.Select((path, k) => (ITrace)new Scatter
        {
            Name = ChartStyle.Text($"{facts.NameOf(path.Key.Observer)} on {facts.NameOf(path.Key.About)}'s {path.Key.Dimension}"),
            X = [.. path.Select(x => (object)x.Round)],
            Y = [.. path.Select(x => (object)x.b.Mean)],
            Mode = ModeFlag.Lines | ModeFlag.Markers,
            Line = new Line { Dash = ChartStyle.Dash(k), Width = ChartStyle.Width(k, paths.Count) },
            Marker = new Marker { Symbol = ChartStyle.Symbol(k), Size = ChartStyle.MarkerSize(k, paths.Count) },
            HoverTemplate = "%{fullData.name}: %{y:.3f} after round %{x}<extra></extra>",
        })];
    }

    public static Layout BeliefsLayout(DiplomacyReading d) => new()
    {
        Title = new Title { Text = "Belief paths (posterior means)" },
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "round" }, DTick = 1 }],
        YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "mean belief" }, Range = [-0.03, 1.03] }],
        Legend = ChartStyle.LegendBelow(),
        Height = 260 + ChartStyle.MarginBelow(Paths(d)),
        Margin = new Margin { T = 40, B = ChartStyle.MarginBelow(Paths(d)) },
    };

    /// <summary>Each headline probability as a dot at its mean over the trials with its 90% interval, and the nominal run's 0/1 as a hollow mark.</summary>
    public static IList<ITrace> Probabilities(IReadOnlyList<(string Label, ProbabilityReading P)> rows)
    {
        var labels = rows.Select(r => (object)ChartStyle.Text(r.Label)).ToList();
        return
        [
            new Scatter
            {
                Name = "over the trials (90% interval)",
                Y = labels,
                X = [.. rows.Select(r => (object)(r.P.Mean ?? r.P.Nominal))],
                Mode = ModeFlag.Markers,
                Marker = new Marker { Size = 10, Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Circle },
                ErrorX = new ErrorX
                {
                    Type = Plotly.Blazor.Traces.ScatterLib.ErrorXLib.TypeEnum.Data,
                    Symmetric = false,
                    Array = [.. rows.Select(r => (object)((r.P.High ?? r.P.Mean ?? r.P.Nominal) - (r.P.Mean ?? r.P.Nominal)))],
                    ArrayMinus = [.. rows.Select(r => (object)((r.P.Mean ?? r.P.Nominal) - (r.P.Low ?? r.P.Mean ?? r.P.Nominal)))],
                    Width = 6,
                },
                HoverTemplate = "%{y}: %{x:.3f}<extra></extra>",
            },
            new Scatter
            {
                Name = "nominal run",
                Y = labels,
                X = [.. rows.Select(r => (object)r.P.Nominal)],
                Mode = ModeFlag.Markers,
                Marker = new Marker { Size = 13, Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.DiamondOpen },
                HoverTemplate = "%{y}: nominal %{x}<extra></extra>",
            },
        ];
    }

    public static Layout ProbabilitiesLayout(int rows) => new()
    {
        Title = new Title { Text = "Escalation and agreement" },
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "probability" }, Range = [-0.05, 1.05], ZeroLine = false }],
        YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True, Type = Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Category }],
        Legend = ChartStyle.LegendBelow(),
        Height = 90 + (28 * rows) + ChartStyle.MarginBelow(2),
        Margin = new Margin { T = 40, B = ChartStyle.MarginBelow(2) },
    };

    private static int Kinds(DiplomacyReading d) => d.Rounds.SelectMany(r => r.Signals).Select(s => s.Kind).Distinct(StringComparer.Ordinal).Count();

    private static int Observers(DiplomacyReading d) => d.Rounds.SelectMany(r => r.Signals).SelectMany(s => s.Observers).Select(o => o.Observer).Distinct(StringComparer.Ordinal).Count();

    private static int Paths(DiplomacyReading d) => d.Rounds.SelectMany(r => r.Beliefs).Select(b => (b.Observer, b.About, b.Dimension)).Distinct().Count();

    private static string Lane(SignalReading s, ScenarioFacts facts) => ChartStyle.Text($"{facts.NameOf(s.Sender)} → {facts.NameOf(s.Addressee)}");
}
