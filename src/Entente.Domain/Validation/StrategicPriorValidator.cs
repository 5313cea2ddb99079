using Entente.Domain.Strategic;

namespace Entente.Domain.Validation;

/// <summary>Types and beliefs: one prior form per entry, a grid of 1-9 ascending points in the dimension's range, a distribution on it (§2.3).</summary>
public sealed partial class StrategicValidator
{
    private const int MaxGridPoints = 9;
    private const double ResolveFloor = 0.05;
    private static readonly double[] ReciprocityGrid = [0, 0.5, 1];

    private void Types()
    {
        var seen = new HashSet<(string, TypeDimension, string?)>();
        for (var i = 0; i < _layer.Types.Count; i++)
        {
            var t = _layer.Types[i];
            var at = $"{Root}.types[{i}]";
            var known = KnownParty(t.Of, $"{at}.of");
            DimensionIssue(t.Dimension, t.Issue, at, "a type");
            if (known && !seen.Add((t.Of, t.Dimension, t.Issue)))
            {
                Add(at, $"the type of '{t.Of}' on {Dimension(t.Dimension, t.Issue)} is declared twice");
            }
            if (!Prior(t.Prior, t.Dimension, at, analystGrid: false))
            {
                continue;
            }
            if (t.True is { } value && InRange(value, t.Dimension, $"{at}.true", "the true value")
                && Support(t.Prior, t.Dimension, BaseSalience(t.Of, t.Issue)) is { } grid)
            {
                var nearest = grid.MinBy(g => Math.Abs(g - value));
                if (Math.Abs(nearest - value) > 1e-9)
                {
                    Add($"{at}.true", $"the true value {Show(value)} is not on the grid ({string.Join(", ", grid.Select(Show))}); the nearest grid point {Show(nearest)} is used",
                        Severity.Warning);
                }
            }
        }
    }

    private void Beliefs()
    {
        var seen = new HashSet<(string, string, TypeDimension, string?)>();
        for (var i = 0; i < _layer.Beliefs.Count; i++)
        {
            var b = _layer.Beliefs[i];
            var at = $"{Root}.beliefs[{i}]";
            var known = KnownParty(b.Observer, $"{at}.observer") & KnownParty(b.About, $"{at}.about");
            known = known && Observer(b.Observer, $"{at}.observer");
            DimensionIssue(b.Dimension, b.Issue, at, "a belief");
            if (known && b.Observer == b.About)
            {
                Add($"{at}.about", $"'{b.Observer}' knows its own type; a belief is about another actor");
            }
            else if (known && !seen.Add((b.Observer, b.About, b.Dimension, b.Issue)))
            {
                Add(at, $"the belief of '{b.Observer}' about '{b.About}' on {Dimension(b.Dimension, b.Issue)} is given twice");
            }
            if (Prior(b.Prior, b.Dimension, at, analystGrid: true) && b.Prior.Grid.Count == 0 && b.Prior.Prior.Count > 0)
            {
                AnalystGridLength(b, at);
            }
        }
    }

    /// <summary>A belief's weights without a grid lie on the analyst's grid for the same dimension, so they must match its length.</summary>
    private void AnalystGridLength(BeliefDeclaration b, string at)
    {
        var analyst = _layer.Types.FirstOrDefault(t => t.Of == b.About && t.Dimension == b.Dimension && t.Issue == b.Issue);
        IReadOnlyList<double>? grid = analyst is null
            ? b.Dimension == TypeDimension.Reciprocity ? ReciprocityGrid : null
            : Support(analyst.Prior, analyst.Dimension, BaseSalience(analyst.Of, analyst.Issue));
        if (analyst is null && grid is null)
        {
            Add($"{at}.grid", $"a belief on the resolve of '{b.About}' without its own grid needs the analyst's type of '{b.About}' on {Dimension(b.Dimension, b.Issue)} in types; or give the grid");
        }
        else if (grid is not null && grid.Count != b.Prior.Prior.Count)
        {
            Add($"{at}.prior", $"the belief has {b.Prior.Prior.Count} weights but the analyst's grid of '{b.About}' on {Dimension(b.Dimension, b.Issue)} has {grid.Count} points");
        }
    }

    /// <summary>Checks one prior; false when it is not a usable distribution (later checks would only repeat the fault).</summary>
    private bool Prior(TypePrior p, TypeDimension dimension, string at, bool analystGrid)
    {
        var forms = new List<string>();
        if (p.Point is not null)
        {
            forms.Add("point");
        }
        if (p.Uncertain is not null)
        {
            forms.Add("uncertain");
        }
        if (p.Grid.Count > 0 || p.Prior.Count > 0 || p.Uniform)
        {
            forms.Add(p.Grid.Count > 0 ? "grid" : "prior");
        }
        if (p.Reputation is not null)
        {
            forms.Add("reputation");
        }
        if (forms.Count == 0)
        {
            Add(at, "give a prior: point, uncertain (resolve), grid with prior, or reputation (reciprocity)");
            return false;
        }
        if (forms.Count > 1)
        {
            Add($"{at}.{forms[1]}", $"give one form of prior, not both {forms[0]} and {forms[1]}");
            return false;
        }
        var ok = true;
        if (p.Point is { } point)
        {
            ok = InRange(point, dimension, $"{at}.point", "the point");
        }
        if (p.Uncertain is { } w)
        {
            if (dimension != TypeDimension.Resolve)
            {
                Add($"{at}.uncertain", "uncertain applies only to resolve (dim r); give reciprocity a grid or a reputation");
                ok = false;
            }
            else if (!(double.IsFinite(w) && w > 0))
            {
                Add($"{at}.uncertain", $"the spread of uncertain must be positive and finite (got {Show(w)})");
                ok = false;
            }
            if (p.Centre is { } centre)
            {
                ok &= InRange(centre, dimension, $"{at}.uncertain", "the centre");
            }
        }
        if (p.Reputation is { } rho)
        {
            if (dimension != TypeDimension.Reciprocity)
            {
                Add($"{at}.reputation", "reputation applies only to reciprocity (dim q)");
                ok = false;
            }
            else if (!(rho >= 0 && rho <= 1))
            {
                Add($"{at}.reputation", $"reputation must lie in [0, 1] (got {Show(rho)})");
                ok = false;
            }
        }
        if (forms[0] is "grid" or "prior")
        {
            ok = Grid(p, dimension, at, analystGrid);
        }
        return ok;
    }

    private bool Grid(TypePrior p, TypeDimension dimension, string at, bool analystGrid)
    {
        if (p.Grid.Count == 0 && dimension == TypeDimension.Resolve && !analystGrid)
        {
            Add($"{at}.grid", "a prior on resolve needs its grid (only a prior on reciprocity defaults to the grid 0, ½, 1)");
            return false;
        }
        if (p.Grid.Count == 0 && p.Prior.Count == 0 && !p.Uniform)
        {
            return true;
        }
        if (p.Grid.Count > MaxGridPoints)
        {
            Add($"{at}.grid", $"a grid has at most {MaxGridPoints} points (got {p.Grid.Count})");
            return false;
        }
        for (var k = 0; k < p.Grid.Count; k++)
        {
            if (!InRange(p.Grid[k], dimension, $"{at}.grid[{k}]", "a grid point"))
            {
                return false;
            }
            if (k > 0 && !(p.Grid[k] > p.Grid[k - 1]))
            {
                Add($"{at}.grid[{k}]", $"grid points must be strictly ascending ({Show(p.Grid[k - 1])} then {Show(p.Grid[k])})");
                return false;
            }
        }
        if (p.Grid.Count > 0 && p.Prior.Count == 0 && !p.Uniform)
        {
            Add($"{at}.prior", "a grid needs its prior: a list of weights, one per point, or uniform");
            return false;
        }
        var expected = p.Grid.Count > 0 ? p.Grid.Count : !analystGrid ? ReciprocityGrid.Length : p.Prior.Count;
        if (p.Prior.Count > 0 && p.Prior.Count != expected)
        {
            Add($"{at}.prior", $"the prior has {p.Prior.Count} weights for {expected} grid points");
            return false;
        }
        for (var k = 0; k < p.Prior.Count; k++)
        {
            if (!(double.IsFinite(p.Prior[k]) && p.Prior[k] >= 0))
            {
                Add($"{at}.prior[{k}]", $"a prior weight must be finite and not negative (got {Show(p.Prior[k])})");
                return false;
            }
        }
        if (p.Prior.Count > 0 && !(p.Prior.Sum() > 0))
        {
            Add($"{at}.prior", "the prior's weights must have a positive sum");
            return false;
        }
        return true;
    }

    private bool InRange(double value, TypeDimension dimension, string path, string what)
    {
        if (dimension == TypeDimension.Resolve && !(value > 0 && value <= 1))
        {
            Add(path, $"{what} {Show(value)} is not a resolve: it lies in (0, 1]");
            return false;
        }
        if (dimension == TypeDimension.Reciprocity && !(value >= 0 && value <= 1))
        {
            Add(path, $"{what} {Show(value)} is not a reciprocity: it lies in [0, 1]");
            return false;
        }
        return true;
    }

    /// <summary>The support of a prior (§2.3); null when it rests on a base salience the scenario does not give.</summary>
    private static IReadOnlyList<double>? Support(TypePrior p, TypeDimension dimension, double? baseSalience)
    {
        if (p.Point is { } point)
        {
            return [point];
        }
        if (p.Reputation is not null || (p.Grid.Count == 0 && dimension == TypeDimension.Reciprocity))
        {
            return ReciprocityGrid;
        }
        if (p.Grid.Count > 0)
        {
            return p.Grid;
        }
        if (p.Uncertain is { } w && (p.Centre ?? baseSalience) is { } s)
        {
            return Enumerable.Range(-2, 5).Select(k => Math.Clamp(s + k * w, ResolveFloor, 1)).Distinct().ToArray();
        }
        return null;
    }

    /// <summary>An actor's salience on an issue on 0-1; null for a faction or an actor not in the issue.</summary>
    private double? BaseSalience(string of, string? issue) =>
        _s.Stances.FirstOrDefault(t => t.ActorId == of && t.IssueId == issue) is { } stance ? stance.Salience / _s.SalienceCeiling : null;

    private static string Dimension(TypeDimension dimension, string? issue) =>
        dimension == TypeDimension.Reciprocity ? "reciprocity" : $"resolve on '{issue}'";
}
