using Entente.Domain;
using Entente.Models;

namespace Entente.Simulation.Sensitivity;

/// <summary>A sensitivity analysis as pieces, one per actor: see <see cref="SensitivityAnalysis.Pieces"/>.</summary>
public sealed class SensitivityWork : Execution.IPieceWork
{
    private static readonly SensitivityField[] Fields = Enum.GetValues<SensitivityField>();
    private readonly Scenario _scenario;
    private readonly string _model;
    private readonly IReadOnlyList<ModelOption> _options;
    private readonly SensitivitySettings _settings;
    private readonly ModelRunContext _context;
    private readonly Actor[] _actors;
    private readonly string _name;
    private double[]? _baseline;

    internal SensitivityWork(Scenario scenario, string model, IReadOnlyList<ModelOption> options, SensitivitySettings settings,
        int? rounds, ulong seed, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        _scenario = scenario;
        _model = model;
        _options = options;
        _settings = settings;
        _name = ModelCatalog.Create(model, options).Name;
        // The runs themselves are spread over the cores, so a model's own loops run in turn.
        _context = new ModelRunContext { Seed = seed, Rounds = rounds, Cancellation = cancellation };
        _actors = scenario.Actors.Where(a => scenario.Stances.Any(s => s.ActorId == a.Id)).ToArray();
    }

    /// <inheritdoc />
    public int Count => _actors.Length;

    /// <summary>
    /// Actor <paramref name="piece"/>'s runs: per field, the forecasts with it moved down then up, then the
    /// forecasts without the actor (NaN where an issue is not forecast), each of every issue, in scenario order.
    /// </summary>
    public double[] Run(int piece, CancellationToken cancellation)
    {
        var context = _context with { Cancellation = cancellation };
        double[] Forecasts(Scenario variant) =>
            ModelCatalog.Create(_model, _options).Run(variant, context).Issues.Select(i => i.Forecast).ToArray();
        var actor = _actors[piece].Id;
        var runs = new List<double>((Fields.Length * 2 + 1) * _scenario.Issues.Count);
        foreach (var field in Fields)
        {
            runs.AddRange(Forecasts(SensitivityAnalysis.Move(_scenario, actor, field, _settings, up: false)));
            runs.AddRange(Forecasts(SensitivityAnalysis.Move(_scenario, actor, field, _settings, up: true)));
        }
        runs.AddRange(SensitivityAnalysis.LeaveOut(_scenario, actor, Forecasts));
        return [.. runs];
    }

    /// <summary>The analysis from every piece's numbers, in index order (the baseline run here once).</summary>
    public SensitivityResult Assemble(IReadOnlyList<double[]> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        if (pieces.Count != _actors.Length)
        {
            throw new ArgumentException($"one piece per actor: {_actors.Length} actors, {pieces.Count} pieces", nameof(pieces));
        }
        var scenario = _scenario;
        var settings = _settings;
        var actors = _actors;
        var fields = Fields;
        var n = scenario.Issues.Count;
        var baseline = _baseline ??= ModelCatalog.Create(_model, _options).Run(scenario, _context).Issues.Select(i => i.Forecast).ToArray();
        double[] Slice(int a, int run) => pieces[a].AsSpan(run * n, n).ToArray();
        var bars = new (double[] Low, double[] High)[actors.Length * fields.Length];
        var without = new double[actors.Length][];
        for (var a = 0; a < actors.Length; a++)
        {
            if (pieces[a].Length != (fields.Length * 2 + 1) * n)
            {
                throw new ArgumentException($"piece {a} has {pieces[a].Length} numbers; {(fields.Length * 2 + 1) * n} expected", nameof(pieces));
            }
            for (var f = 0; f < fields.Length; f++)
            {
                bars[a * fields.Length + f] = (Slice(a, 2 * f), Slice(a, 2 * f + 1));
            }
            without[a] = Slice(a, 2 * fields.Length);
        }
        var issues = new List<IssueSensitivity>();
        for (var i = 0; i < scenario.Issues.Count; i++)
        {
            var issue = scenario.Issues[i];
            var participants = scenario.Stances.Where(s => s.IssueId == issue.Id).Select(s => s.ActorId).ToHashSet();
            var tornado = new List<TornadoBar>();
            var influence = new List<ActorInfluence>();
            for (var a = 0; a < actors.Length; a++)
            {
                for (var f = 0; f < fields.Length; f++)
                {
                    var (low, high) = bars[a * fields.Length + f];
                    var bar = new TornadoBar(actors[a].Id, fields[f], low[i], high[i]);
                    if (bar.Swing > 0 || participants.Contains(actors[a].Id))
                    {
                        tornado.Add(bar);
                    }
                }
                if (participants.Contains(actors[a].Id))
                {
                    var shift = without[a][i] - baseline[i];
                    influence.Add(new ActorInfluence(actors[a].Id, without[a][i], shift,
                        double.IsFinite(shift) && Math.Abs(shift) >= settings.PivotalShare * issue.Scale.Width));
                }
            }
            issues.Add(new IssueSensitivity(
                issue.Id,
                baseline[i],
                tornado.OrderByDescending(b => b.Swing).ThenBy(b => b.ActorId, StringComparer.Ordinal).ToList(),
                influence.OrderByDescending(x => double.IsFinite(x.Shift) ? Math.Abs(x.Shift) : -1).ToList()));
        }
        return new SensitivityResult(_name, settings, issues);
    }
}
