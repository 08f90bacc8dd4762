using System.Text.RegularExpressions;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// A schedule's cell that lists days of one month: "Ngày 09; 23 (thứ Năm)" beside a "Tháng 7" cell of the same row,
/// or "Ngày 03; 10; 17/7/2026" with the month written once after the last day. Each listed day is a day of that month,
/// so the cell is rewritten as one date per day ("Ngày 09/7; Ngày 23/7") for the deadline grammar to read. A single
/// day, or a list with no month anywhere in the row's time cells, is left as it is.
/// </summary>
public static partial class DayListCell
{
    // Two or more day numbers after "ngày", separated by ";", "," or "và", with no month of their own.
    [GeneratedRegex(
        @"\bng(?:à|a)y\s+(?<days>\d{1,2}(?:\s*(?:;|,|v(?:à|a)\b)\s*\d{1,2}){1,30})(?:\s*[/.\-]\s*(?<m>\d{1,2})(?:\s*[/.\-]\s*(?<y>\d{4}))?)?(?![\d/.\-])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayList();

    [GeneratedRegex(
        @"\bth(?:á|a)ng\s+(?<m>\d{1,2})(?:\s*[/.\-]\s*(?<y>\d{4})|,?\s+n(?:ă|a)m\s+(?<y>\d{4}))?(?![\d/.\-])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"\d{1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    /// <summary>The time cell with a listed run of days written out as dates, or the cell unchanged.</summary>
    public static string Spread(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Length == 0 || DayList().Match(cell) is not { Success: true } list) return cell;
        string month, year;
        if (list.Groups["m"].Success) (month, year) = (list.Groups["m"].Value, list.Groups["y"].Value);
        else if (Month().Match(cell) is { Success: true } named) (month, year) = (named.Groups["m"].Value, named.Groups["y"].Value);
        else return cell;
        if (int.Parse(month, System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 12) return cell;
        var days = Number().Matches(list.Groups["days"].Value).Select(d => d.Value).ToList();
        // "Ngày 16 và 17/4": two days in a row are one stay of two days, read as the span "từ 16 đến 17/4" is.
        if (days.Count == 2 && Day(days[1]) == Day(days[0]) + 1 && !list.Groups["days"].Value.Contains(';') && !list.Groups["days"].Value.Contains(','))
            return cell;
        var suffix = year.Length > 0 ? $"/{month}/{year}" : $"/{month}";
        return string.Join("; ", days.Select(day => $"Ngày {day}{suffix}"));
    }

    private static int Day(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
