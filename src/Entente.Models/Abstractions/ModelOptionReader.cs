using System.Globalization;
using Entente.Domain;

namespace Entente.Models;

/// <summary>
/// Reads typed option values from the name/value text pairs of a scenario file or the command line,
/// collecting every problem (an unknown name with a "did you mean", a value of the wrong type) rather
/// than stopping at the first.
/// </summary>
internal sealed class ModelOptionReader
{
    private readonly string _model;
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    // Names as the user spelled them, by their one spelling, so that problems quote what was written.
    private readonly Dictionary<string, string> _given = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _read = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _problems = [];

    /// <summary>Reads <paramref name="options"/> for model <paramref name="model"/>; a later value of a name wins.</summary>
    public ModelOptionReader(string model, IEnumerable<ModelOption> options)
    {
        _model = model;
        foreach (var option in options)
        {
            var name = ModelOptionNames.Canonical(option.Name);
            _values[name] = option.Value;
            _given[name] = option.Name;
        }
    }

    /// <summary>The name of option <paramref name="name"/> as the user spelled it, or <paramref name="name"/> when not given.</summary>
    public string Given(string name) => _given.TryGetValue(name, out var given) ? given : name;

    /// <summary>A real-valued option.</summary>
    public double Double(string name, double fallback) => Read(name, fallback, text =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? (true, v) : (false, 0), "a number");

    /// <summary>A text option, as given (trimmed); <paramref name="fallback"/> where it is not given.</summary>
    public string? Text(string name, string? fallback) => Read(name, fallback, text => (true, (string?)text), "text");

    /// <summary>An integer option.</summary>
    public int Int(string name, int fallback) => Read(name, fallback, text =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? (true, v) : (false, 0), "a whole number");

    /// <summary>An option naming one of <paramref name="choices"/> (case-insensitive); returns the canonical spelling.</summary>
    public string Choice(string name, string fallback, IReadOnlyList<string> choices) => Read(name, fallback, text =>
        choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) is { } choice
            ? (true, choice) : (false, fallback), "one of " + string.Join(", ", choices));

    /// <summary>Records a problem found by the options record's own checks.</summary>
    public void Problem(string message) => _problems.Add($"model '{_model}': {message}");

    /// <summary>
    /// Throws <see cref="ModelOptionsException"/> listing every problem, including options that
    /// <paramref name="known"/> does not name.
    /// </summary>
    public void ThrowIfInvalid(IReadOnlyList<ModelOptionInfo> known)
    {
        foreach (var name in _values.Keys.Where(n => !_read.Contains(n) && !known.Any(k => k.Name.Equals(n, StringComparison.OrdinalIgnoreCase))))
        {
            var suggestion = Spelling.Nearest(name, known.Select(k => k.Name));
            var hint = suggestion is null
                ? known.Count == 0 ? " (it takes no options)" : $" (its options: {string.Join(", ", known.Select(k => k.Name))})"
                : $" (did you mean '{suggestion}'?)";
            _problems.Add($"model '{_model}' has no option '{Given(name)}'{hint}");
        }
        if (_problems.Count > 0)
        {
            throw new ModelOptionsException(_problems);
        }
    }

    private T Read<T>(string name, T fallback, Func<string, (bool Ok, T Value)> parse, string expected)
    {
        _read.Add(name);
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback;
        }
        var (ok, value) = parse(text.Trim());
        if (!ok)
        {
            _problems.Add($"model '{_model}': option '{Given(name)}' must be {expected} (got '{text}')");
            return fallback;
        }
        return value;
    }
}
