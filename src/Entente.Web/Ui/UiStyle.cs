namespace Entente.Web.Ui;

/// <summary>The UI's style sheet, served as a file (/ui.css) so that no page needs inline style.</summary>
internal static class UiStyle
{
    public const string Css = """
        body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1b1b1b; }
        header { display: flex; justify-content: space-between; border-bottom: 1px solid #ccc; padding-bottom: .5rem; }
        header a { font-weight: 600; text-decoration: none; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        th, td { border-bottom: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        .problems li { font-family: ui-monospace, monospace; color: #a00; }
        .warning { color: #8a5a00; }
        """;
}
