using System.Net;
using System.Text;
using Entente.Web.Tests.Infrastructure;

namespace Entente.Web.Tests;

/// <summary>Hostile input: each is a 4xx problem details answer, and the server goes on serving.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly WebApp _app = new WebApp().With("MaxRequestBytes", 64 * 1024);

    private async Task<Problem> RefusedAsync(HttpResponseMessage response, int status)
    {
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status, problem.Status);
        var still = await _app.CreateClient().PostAsync("/api/forecast", Api.Json(new { example = "ec-cars-1994" }));
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        return problem;
    }

    [Fact]
    public async Task An_oversized_body_is_413_whether_its_length_is_declared_or_not()
    {
        var client = _app.CreateClient();
        var big = Api.Json(new { scenario = new string('x', 100 * 1024) });

        var declared = await RefusedAsync(await client.PostAsync("/api/forecast", big), 413);
        await RefusedAsync(await client.PostAsync("/api/validate", new PushContent(100 * 1024)), 413);

        Assert.Contains("65536 bytes", declared.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_yaml_alias_bomb_is_refused_alias_by_alias_never_expanded()
    {
        var bomb = new StringBuilder("name: x\nactors: []\nissues: []\nlol:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 9; i++)
        {
            var previous = (char)('a' + i - 1);
            bomb.Append($"  {(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(",", Enumerable.Repeat($"*{previous}", 9))}]\n");
        }

        var problem = await RefusedAsync(await _app.CreateClient().PostAsync("/api/forecast", Api.Json(new { scenario = bomb.ToString(), name = "bomb.yaml" })), 422);

        // Each of the 8 x 9 aliases is one problem where it stands; expanded, they would be 9^9 strings.
        Assert.Equal(72, problem.Errors.Count);
        Assert.All(problem.Errors, e => Assert.Contains("aliases", e.Message, StringComparison.Ordinal));
        Assert.Equal(("bomb.yaml", 6, 10), (problem.Errors[0].File, problem.Errors[0].Line, problem.Errors[0].Column));
    }

    [Fact]
    public async Task Ten_thousand_deep_nesting_is_refused_in_yaml_and_in_json()
    {
        var yaml = "name: x\nactors: " + new string('[', 10_000) + new string(']', 10_000) + "\nissues: []\n";
        var json = "{\"scenario\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        var inYaml = await RefusedAsync(await _app.CreateClient().PostAsync("/api/validate?name=deep.yaml", new StringContent(yaml, Encoding.UTF8, "application/yaml")), 422);
        var inJson = await RefusedAsync(await _app.CreateClient().PostAsync("/api/forecast", Api.Json(json)), 400);

        Assert.Contains("nesting deeper", Assert.Single(inYaml.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("nested deeper", Assert.Single(inJson.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_is_400_as_a_raw_scenario_and_inside_json()
    {
        var bytes = "name: \u00e9\n"u8.ToArray();
        bytes[6] = 0xFF;
        var raw = new ByteArrayContent(bytes);
        raw.Headers.ContentType = new("application/yaml");
        var json = new ByteArrayContent([.. "{\"scenario\":\""u8, 0xC3, 0x28, .. "\"}"u8]);
        json.Headers.ContentType = new("application/json");

        var asText = await RefusedAsync(await _app.CreateClient().PostAsync("/api/validate", raw), 400);
        await RefusedAsync(await _app.CreateClient().PostAsync("/api/forecast", json), 400);

        Assert.Contains("UTF-8", asText.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\..\\boot.ini")]
    [InlineData("C:secret")]
    public async Task A_path_like_name_is_refused_and_never_read(string name)
    {
        var asName = await RefusedAsync(await _app.CreateClient().PostAsync("/api/forecast", Api.Json(new { scenario = "name: x", name })), 400);
        var asExample = await RefusedAsync(await _app.CreateClient().PostAsync("/api/forecast", Api.Json(new { example = name })), 404);
        var asTable = await RefusedAsync(await _app.CreateClient().PostAsync("/api/backtest", Api.Json(new { table = "x", name })), 400);

        Assert.Equal("name", Assert.Single(asName.Errors).Field);
        Assert.Equal("example", Assert.Single(asExample.Errors).Field);
        Assert.Equal("name", Assert.Single(asTable.Errors).Field);
        Assert.DoesNotContain("root:", asExample.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_in_names_is_escaped_in_the_html_report()
    {
        var text = Api.ExampleText("ec-cars-1994")
            .Replace("name: EC emission standards for medium-sized cars", "name: \"EC <script>alert('s')</script>\"", StringComparison.Ordinal)
            .Replace("{ id: Netherlands, name: Netherlands,", "{ id: Netherlands, name: \"<script>alert('a')</script>\",", StringComparison.Ordinal);
        Assert.Contains("<script>alert('a')", text, StringComparison.Ordinal);

        var response = await _app.CreateClient().PostAsync("/api/report", Api.Json(new { scenario = text, name = "evil.yaml", trials = 20, sensitivity = false }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
    }

    /// <summary>A body sent in chunks with no declared length, larger than the limit.</summary>
    private sealed class PushContent(int size) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[4096];
            Array.Fill(chunk, (byte)'a');
            for (var sent = 0; sent < size; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    public void Dispose() => _app.Dispose();
}
