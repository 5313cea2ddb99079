namespace Entente.Formats.Tests.Yaml;

/// <summary>
/// Slips a hand-written YAML file makes are named as such (issue 18, item 9): a comma cuts a flow value in two (a decimal
/// comma, or an unquoted name holding one) and comes back as an unknown key; a tab in the indentation is found where it is.
/// </summary>
public class TypingSlipTests
{
    private const string Case = """
        name: commas
        actors:
          - { id: A, name: Alpha, capability: 1 }
          - { id: B, name: Beta, capability: 1 }
        issues:
          - id: x
            positions:
              A: { position: 10, salience: 0.5 }
              B: { position: 90, salience: 0.5 }
        """;

    private static Diagnostic Only(string yaml) =>
        Assert.Single(Assert.Throws<ScenarioLoadException>(() => ScenarioFiles.Parse(yaml, "case.yaml")).Diagnostics);

    [Fact]
    public void A_decimal_comma_is_named_as_such_at_its_line()
    {
        var yaml = Case.Replace("A: { position: 10, salience: 0.5 }", "A: { position: 10, salience: 0,5 }", StringComparison.Ordinal);

        var problem = Only(yaml);

        // The '5' after the comma, which YAML reads as a key of its own.
        Assert.Equal(StrategicLayerFile.At(yaml, ",5 }") is var (line, column) ? (line, column + 1) : default, (problem.Line!.Value, problem.Column!.Value));
        Assert.Equal("unknown key '5'; expected one of position, salience, capability, noise; a decimal comma? In YAML a comma separates entries: "
            + "write the number with a point (0.5, not 0,5)", problem.Message);
    }

    [Fact]
    public void An_unquoted_name_with_a_comma_is_named_as_such()
    {
        var problem = Only(Case.Replace("name: Alpha,", "name: Alpha, Inc.,", StringComparison.Ordinal));

        Assert.Equal("actors[0].Inc.", problem.Field);
        Assert.EndsWith("; a comma inside an unquoted value? Quote the value that holds it (name: \"Germany, France\")", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_with_a_value_gets_no_comma_hint()
    {
        var problem = Only(Case.Replace("capability: 1 }\n  - { id: B", "capabilty: 1 }\n  - { id: B", StringComparison.Ordinal));

        Assert.Equal("unknown key 'capabilty' (did you mean 'capability'?)", problem.Message);
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_where_the_tab_is()
    {
        var yaml = Case.Replace("    positions:\n      A:", "    positions:\n\tA:", StringComparison.Ordinal);

        var problem = Only(yaml);

        Assert.Equal((8, 1), (problem.Line!.Value, problem.Column!.Value));
        Assert.Equal("YAML syntax: a tab in the indentation; YAML indents with spaces only", problem.Message);
    }
}
