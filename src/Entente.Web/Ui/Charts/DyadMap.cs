using Entente.Web.Ui.Reading;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace Entente.Web.Ui.Charts;

/// <summary>
/// The dyad map of one round (Bueno de Mesquita's perceptual map): from one actor's perspective, each other actor as a
/// point at (what the actor expects from challenging it, what it expects from challenging the actor), coloured by what
/// the actor expects between them. The quadrants read as the model does: both positive, conflict; one positive,
/// compromise or capitulation by the other; neither, stalemate.
/// </summary>
internal static class DyadMap
{
    // One colour and one symbol per kind, so that the map reads in grey too.
    private static readonly (string Kind, string Colour, Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum Symbol)[] Kinds =
    [
        ("conflict", "#c0392b", Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.X),
        ("compromise", "#2874a6", Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Circle),
        ("capitulation", "#7d3c98", Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Diamond),
        ("stalemate", "#7f8c8d", Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Square),
    ];

    /// <summary>The actors that have dyads in the round, in the document's order.</summary>
    public static IReadOnlyList<string> Perspectives(RoundReading round) =>
        [.. (round.Dyads ?? []).Select(d => d.Actor).Distinct(StringComparer.Ordinal)];

    /// <summary>The actor's dyads of the round: one trace per kind that occurs, each point named by the other actor.</summary>
    public static IList<ITrace> Data(RoundReading round, string actor, ScenarioFacts facts)
    {
        var dyads = (round.Dyads ?? []).Where(d => d.Actor == actor).ToList();
        var traces = new List<ITrace>();
        foreach (var (kind, colour, symbol) in Kinds.Concat(Others(dyads)))
        {
            // Actors at the same point (often several in a stalemate at the origin) are one point named by all of them.
            var ofKind = dyads.Where(d => d.Kind == kind).GroupBy(d => (d.ActorUtility, d.OtherUtility)).ToList();
            if (ofKind.Count == 0)
            {
                continue;
            }
            traces.Add(new Scatter
            {
                Name = ChartStyle.Text(kind),
                X = [.. ofKind.Select(g => (object)g.Key.ActorUtility)],
                Y = [.. ofKind.Select(g => (object)g.Key.OtherUtility)],
                TextArray = [.. ofKind.Select(g => ChartStyle.Text(string.Join(", ", g.Select(d => ChartStyle.Short(facts.NameOf(d.Other), 18)))))],
                Mode = ModeFlag.Markers | ModeFlag.Text,
                TextPosition = TextPositionEnum.TopCenter,
                Marker = new Marker { Color = colour, Symbol = symbol, Size = 11 },
                HoverTemplate = "%{text}: " + ChartStyle.Text(kind) + "<br>for " + ChartStyle.Text(facts.NameOf(actor)) + " %{x:.3~f}, for %{text} %{y:.3~f}<extra></extra>",
            });
        }
        return traces;
    }

    // Kinds a later model might add are still drawn, in grey.
    private static IEnumerable<(string, string, Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum)> Others(IEnumerable<PairReading> dyads) =>
        dyads.Select(d => d.Kind).Distinct(StringComparer.Ordinal).Where(k => Kinds.All(x => x.Kind != k))
            .Select(k => (k, "#555", Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.TriangleUp));

    public static Layout Layout(RoundReading round, string actor, ScenarioFacts facts)
    {
        var dyads = (round.Dyads ?? []).Where(d => d.Actor == actor).ToList();
        // Symmetric ranges around 0, so that the quadrants are the same size and their lines cross in the middle.
        var reach = dyads.Count == 0 ? 1.0 : Math.Max(1e-3, dyads.Max(d => Math.Max(Math.Abs(d.ActorUtility), Math.Abs(d.OtherUtility)))) * 1.15;
        var name = ChartStyle.Text(facts.NameOf(actor));
        return new Layout
        {
            Title = new Title { Text = $"Round {round.Round} as {name} sees it" },
            XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = $"expected gain from challenging, for {name}" }, Range = [-reach, reach], ZeroLine = true, ZeroLineColor = "#999" }],
            YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = $"for the other, as {name} believes" }, Range = [-reach, reach], ZeroLine = true, ZeroLineColor = "#999" }],
            Legend = ChartStyle.LegendBelow(),
            Margin = new Margin { T = 50, B = ChartStyle.MarginBelow(Kinds.Length) + 30 },
            Height = 460 + ChartStyle.MarginBelow(Kinds.Length),
            HoverMode = HoverModeEnum.Closest,
            Annotations =
            [
                Corner(reach, reach, "both gain: conflict"),
                Corner(reach, -reach, $"{name} gains, the other loses"),
                Corner(-reach, reach, $"the other gains, {name} loses"),
                Corner(-reach, -reach, "neither gains: stalemate"),
            ],
        };
    }

    private static Annotation Corner(double x, double y, string text) => new()
    {
        X = x * 0.97,
        Y = y * 0.97,
        Text = text,
        ShowArrow = false,
        XAnchor = x > 0 ? Plotly.Blazor.LayoutLib.AnnotationLib.XAnchorEnum.Right : Plotly.Blazor.LayoutLib.AnnotationLib.XAnchorEnum.Left,
        YAnchor = y > 0 ? Plotly.Blazor.LayoutLib.AnnotationLib.YAnchorEnum.Top : Plotly.Blazor.LayoutLib.AnnotationLib.YAnchorEnum.Bottom,
        Font = new Plotly.Blazor.LayoutLib.AnnotationLib.Font { Color = "#666", Size = 11 },
    };
}
