using System.Text.Json;

namespace Entente.Web.Tests.Infrastructure;

/// <summary>A problem details answer, read back: its status, title and the entries of its errors array.</summary>
internal sealed record Problem(int Status, string Title, IReadOnlyList<Problem.Entry> Errors, IReadOnlyList<Problem.Entry> Warnings, string Raw)
{
    public sealed record Entry(string? File, int? Line, int? Column, string Field, string Message, string Severity, string Text);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        Assert.True(Api.IsProblem(response), $"expected application/problem+json, got {response.Content.Headers.ContentType} ({(int)response.StatusCode})");
        var raw = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(raw);
        var root = json.RootElement;
        return new Problem(
            root.GetProperty("status").GetInt32(),
            root.GetProperty("title").GetString()!,
            Entries(root, "errors"),
            Entries(root, "warnings"),
            raw);
    }

    private static IReadOnlyList<Entry> Entries(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) ? list.Deserialize<List<Entry>>(Options)! : [];
}
