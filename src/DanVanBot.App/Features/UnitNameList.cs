using System.Globalization;

namespace DanVanBot.App.Features;

/// <summary>
/// Unit names joined for a card line, the first few by name and the rest counted ("… và 2990 đơn vị khác"): a
/// province's duty can be owed by thousands of units, and Teams refuses a card over 28 KB.
/// </summary>
internal static class UnitNameList
{
    /// <summary>" … và {0} đơn vị khác": the count of names left out, appended to the names shown.</summary>
    public const string AndMore = " … và {0} đơn vị khác";

    public static string Join(IReadOnlyList<string> names, int shown, string andMore = AndMore) => names.Count <= shown
        ? string.Join(", ", names)
        : string.Join(", ", names.Take(shown)) + string.Format(CultureInfo.InvariantCulture, andMore, names.Count - shown);
}
