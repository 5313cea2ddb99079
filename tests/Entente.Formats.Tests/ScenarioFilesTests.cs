using Entente.Formats.Tests.Yaml;

namespace Entente.Formats.Tests;

public class ScenarioFilesTests
{
    [Theory]
    [InlineData("scholz-ec-cars/actors.csv", ScenarioFormat.ActorTable)]
    [InlineData("ktab/SOE-Policy.csv", ScenarioFormat.Ktab)]
    [InlineData("ktab/dummyData-a040.csv", ScenarioFormat.Ktab)]
    [InlineData("exchange/cop21.csv", ScenarioFormat.Exchange)]
    [InlineData("exchange/cop21-2016-semicolon.csv", ScenarioFormat.Exchange)]
    [InlineData("exchange/sample_data.txt", ScenarioFormat.Exchange)]
    public void The_format_is_recognised_by_content(string file, ScenarioFormat format)
    {
        Assert.Equal(format, ScenarioFiles.Detect(Reference.Text(file), file));
        // The name plays no part: the same text under a misleading name is read the same way.
        Assert.Equal(format, ScenarioFiles.Detect(Reference.Text(file), "misleading.yaml"));
    }

    [Fact]
    public void YAML_is_recognised_even_when_it_starts_with_a_comment_or_has_a_syntax_error_further_down()
    {
        Assert.Equal(ScenarioFormat.Yaml, ScenarioFiles.Detect("# EC cars\n" + EcCars.Yaml, "case.csv"));
        Assert.Equal(ScenarioFormat.Yaml, ScenarioFiles.Detect("name: x\nactors: [a, b\n", "case.txt"));
        Assert.Equal(ScenarioFormat.Yaml, ScenarioFiles.Detect("nmae: x\n", "case.txt"));
    }

    [Fact]
    public void A_loaded_document_keeps_the_text_it_was_read_from_byte_order_mark_and_all()
    {
        var path = Path.Combine(Path.GetTempPath(), $"entente-text-{Guid.NewGuid():N}.yaml");
        var text = "\uFEFF" + EcCars.Yaml;
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        try
        {
            var document = ScenarioFiles.Load(path);
            // Changing the file afterwards does not change what the document says was run.
            File.WriteAllText(path, "name: changed\n");

            Assert.Equal(text, document.Text);
            Assert.Equal(EcCars.Yaml, ScenarioFiles.Parse(EcCars.Yaml, "in-memory.yaml").Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("just some words")]
    [InlineData("colour: blue\nsize: 3\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("a,b,c\n1,2,3\n")]
    public void Text_in_no_known_format_is_refused_naming_the_known_formats(string text)
    {
        var ex = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Detect(text, "x.txt"));

        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal("x.txt", diagnostic.File);
        if (!string.IsNullOrWhiteSpace(text))
        {
            Assert.Contains("KTAB", diagnostic.Message, StringComparison.Ordinal);
            Assert.Contains("exchange-model", diagnostic.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_KTAB_run_logs_and_exchange_results_are_not_scenarios()
    {
        foreach (var file in new[] { "ktab/20170530_ref-dummyData_3Dim.txt", "exchange/cop21-2016-round1-exchanges.csv" })
        {
            Assert.Throws<ScenarioLoadException>(() => Reference.Load(file));
        }
    }

    [Fact]
    public void A_missing_file_is_a_load_error_naming_it()
    {
        var ex = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Load("/no/such/scenario.yaml"));

        Assert.Equal("/no/such/scenario.yaml", Assert.Single(ex.Diagnostics).File);
        Assert.Contains("not found", ex.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_binary_junk_and_an_empty_file_are_load_errors()
    {
        var folder = Directory.CreateTempSubdirectory("entente-formats-");
        try
        {
            var binary = Path.Combine(folder.FullName, "junk.bin");
            File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0xFF]);
            var empty = Path.Combine(folder.FullName, "empty.yaml");
            File.WriteAllText(empty, "");

            Assert.Contains("directory", Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Load(folder.FullName)).Message, StringComparison.Ordinal);
            Assert.Contains("not a text file", Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Load(binary)).Message, StringComparison.Ordinal);
            Assert.Contains("empty", Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Load(empty)).Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        var document = ScenarioFiles.Parse("\uFEFF" + Reference.Text("scholz-ec-cars/actors.csv"), "actors.csv");

        Assert.Equal(10, document.Scenario.Actors.Count);
    }

    [Fact]
    public void A_UTF16_file_with_its_byte_order_mark_is_read_not_called_binary()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes("Actor,Capability,Position,Salience\nA,1,7,0.5\nB,1,3,0.5\n")]);
            var scenario = ScenarioFiles.Load(path).Scenario;
            Assert.Equal(["A", "B"], scenario.Actors.Select(a => a.Id));
            Assert.Equal(7, scenario.Stances[0].Position);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_invalid_UTF8_byte_is_an_error_at_its_line_and_column_not_a_silent_replacement()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. "name: ok\ndescription: caf"u8, 0xE9, .. "\n"u8]);
            var e = Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Load(path));
            var d = Assert.Single(e.Diagnostics);
            Assert.Equal((2, 17), (d.Line, d.Column));
            Assert.Contains("not valid UTF-8", d.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
