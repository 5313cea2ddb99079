// Public only because the Razor components that take it are (the Razor compiler makes every component public);
// a read model of the UI, no API: its members go undocumented.
#pragma warning disable CS1591

namespace Entente.Web.Ui.Editing;

/// <summary>
/// One number of the actors × issues table: an actor's <c>position</c> or <c>salience</c> on an issue, or (no issue)
/// the actor's <c>capability</c>.
/// </summary>
public sealed record StanceCell(string Actor, string? Issue, string Field)
{
    public static StanceCell Capability(string actor) => new(actor, null, "capability");

    /// <summary>A stable id for the page (tests find the cell by it): <c>salience-KP-kp_strike</c>, <c>capability-KP</c>.</summary>
    public string Key => Issue is null ? $"{Field}-{Actor}" : $"{Field}-{Actor}-{Issue}";
}
