using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Entente.Formats;
using Entente.Simulation.Backtest;
using Entente.Simulation.Backtest.Honest;

namespace Entente.Application;

/// <summary>
/// Calibration files (<c>entente backtest … --calibrate OUT</c>): per backtest row with one forecast per case, the
/// signed residuals (outcome − forecast) of every case scored, with the table, its SHA-256 and the capability
/// scheme they came from. <c>forecast --calibration</c> and <c>backtest --calibration</c> read them back:
/// <c>{ format, source, sourceSha256, capability, cases, models: [ { name, residuals: [ … ] } ] }</c>.
/// </summary>
public static class CalibrationFiles
{
    /// <summary>The value of <c>format</c>, changed only if the layout changes.</summary>
    public const string Format = "entente-calibration-1";

    /// <summary>The calibration document of a backtest of <paramref name="source"/> (its text <paramref name="text"/>).</summary>
    internal static string Json(string source, string text, CapabilityScheme capability, IReadOnlyList<BacktestCase> cases, IReadOnlyList<ErrorSummary> rows) =>
        JsonSerializer.Serialize(new
        {
            format = Format,
            source,
            sourceSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            capability = CapabilitySchemes.Name(capability),
            cases = cases.Count,
            models = rows.Where(r => r.CaseForecasts.Count == cases.Count).Select(r => new
            {
                name = r.Name,
                residuals = cases.Select((c, i) => r.CaseForecasts[i] is { } f ? c.Outcome - f : (double?)null).Where(x => x is not null),
            }),
        }, DocumentJson.Options);

    /// <summary>Reads a calibration file; a file that cannot be read or is not one is a <see cref="RequestException"/> naming where.</summary>
    public static CalibrationSet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new RequestException([new Diagnostic(path, null, null, "calibration", $"cannot read the calibration file: {e.Message}")]);
        }
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String
                || format.GetString() != Format)
            {
                throw Bad(path, "format", $"not a calibration file: 'format' must be \"{Format}\" (written by entente backtest --calibrate)");
            }
            var models = new List<ConformalCalibration>();
            if (!root.TryGetProperty("models", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw Bad(path, "models", "must be an array");
            }
            var k = 0;
            foreach (var model in list.EnumerateArray())
            {
                if (model.ValueKind != JsonValueKind.Object || !model.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
                    || !model.TryGetProperty("residuals", out var residuals) || residuals.ValueKind != JsonValueKind.Array
                    || residuals.EnumerateArray().Any(r => r.ValueKind != JsonValueKind.Number || !double.IsFinite(r.GetDouble())))
                {
                    throw Bad(path, $"models[{k}]", "must have a name and residuals (finite numbers)");
                }
                models.Add(new ConformalCalibration(name.GetString()!, [.. residuals.EnumerateArray().Select(r => r.GetDouble())]));
                k++;
            }
            return new CalibrationSet(path, Text(root, "source"), Text(root, "capability"), models);
        }
        catch (JsonException e)
        {
            throw new RequestException([new Diagnostic(path, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1, "calibration", $"not JSON: {e.Message}")]);
        }
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static RequestException Bad(string path, string field, string message) =>
        new([new Diagnostic(path, null, null, field, message)]);
}

/// <summary>A calibration file as read: where its residuals came from, and one calibration per model.</summary>
/// <param name="File">The calibration file.</param>
/// <param name="Source">The table the backtest scored.</param>
/// <param name="Capability">The capability scheme of that backtest.</param>
/// <param name="Models">One calibration per backtest row.</param>
public sealed record CalibrationSet(string File, string Source, string Capability, IReadOnlyList<ConformalCalibration> Models)
{
    /// <summary>The calibration of <paramref name="model"/> (any case), or null when the file has none.</summary>
    public ConformalCalibration? For(string model) =>
        Models.FirstOrDefault(m => m.Model.Equals(model, StringComparison.OrdinalIgnoreCase));
}
