using System.Globalization;

namespace Entente.Formats.Importers.Deu;

/// <summary>
/// Reads the dates of the DEU tables, which a spreadsheet has mangled: <c>dd-mm-yy</c>, <c>dd-mm-yyyy</c>,
/// true ISO <c>yyyy-mm-dd</c>, and ISO-looking <c>YYYY-MM-yy</c> where a <c>dd-mm-yy</c> text was read as
/// <c>yy-mm-dd</c> (so "1930-05-01" is 30 May 2001), plus <c>999</c> for "no final act".
/// </summary>
internal static class DeuDates
{
    /// <summary>The code the table uses for a missing date.</summary>
    public const string Missing = "999";

    /// <summary>
    /// Every calendar date the text can stand for, earliest first; empty when it is none. The caller picks
    /// among several with <see cref="Pick"/>.
    /// </summary>
    public static IReadOnlyList<DateOnly> Readings(string text)
    {
        var parts = text.Trim().Split('-');
        // A part longer than a year's four digits is no date (and would overflow a number).
        if (parts.Length != 3 || !parts.All(p => p.Length is > 0 and <= 4 && p.All(char.IsAsciiDigit)))
        {
            return [];
        }
        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var readings = new List<DateOnly>();
        if (parts[0].Length == 4 && parts[1].Length <= 2 && parts[2].Length <= 2)
        {
            Add(readings, numbers[0], numbers[1], numbers[2]);
            Add(readings, Century(numbers[2]), numbers[1], numbers[0] % 100);
        }
        else if (parts[0].Length <= 2 && parts[1].Length <= 2 && parts[2].Length is 2 or 4)
        {
            Add(readings, parts[2].Length == 2 ? Century(numbers[2]) : numbers[2], numbers[1], numbers[0]);
        }
        return readings.Distinct().Order().ToArray();
    }

    /// <summary>
    /// The reading on or after <paramref name="anchor"/> that lies closest to it (a final act follows its
    /// proposal, and most follow within a few years); the earliest reading when none does.
    /// </summary>
    public static DateOnly? Pick(IReadOnlyList<DateOnly> readings, DateOnly? anchor)
    {
        if (readings.Count == 0)
        {
            return null;
        }
        if (anchor is not { } from)
        {
            return readings[0];
        }
        var after = readings.Where(r => r >= from).ToArray();
        return after.Length > 0 ? after.Min() : readings[0];
    }

    /// <summary>The first of January of the year a proposal id names (<c>d06196</c> → 2006), if it names one.</summary>
    public static DateOnly? ProposalYear(string proposalId)
    {
        var digits = new string(proposalId.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length >= 4 ? new DateOnly(Century(int.Parse(digits[..2], CultureInfo.InvariantCulture)), 1, 1) : null;
    }

    // DEU covers proposals from 1996 on: two-digit years above 50 are of the last century.
    private static int Century(int year) => year >= 100 ? year : year > 50 ? 1900 + year : 2000 + year;

    private static void Add(List<DateOnly> readings, int year, int month, int day)
    {
        if (year is >= 1950 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            readings.Add(new DateOnly(year, month, day));
        }
    }
}
