using Entente.Simulation.Comparison;

namespace Entente.Application;

/// <summary>
/// Each variant's forecasts against the base, one row per variant and issue:
/// <c>variantName,issue,base,variant,difference,baseMean,variantMean</c>.
/// </summary>
internal static class ComparisonCsv
{
    public static string Write(IReadOnlyList<VariantDifference> variants)
    {
        var csv = new TableCsv("variantName", "issue", "base", "variant", "difference", "baseMean", "variantMean");
        foreach (var variant in variants)
        {
            foreach (var issue in variant.Issues)
            {
                csv.Row(variant.Name, issue.Issue, issue.Base, issue.Variant, issue.Difference, issue.BaseMean, issue.VariantMean);
            }
        }
        return csv.ToString();
    }
}
