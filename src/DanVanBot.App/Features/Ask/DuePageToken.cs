using System.Globalization;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// What "Xem thêm" needs to fetch the next page again, carried in the card's data (no server-side
/// state): the query (due or deadline, window, report cadence), whose answer it was, and where to resume.
/// Format: <c>v1|due|20261101|20261130|&lt;org or -&gt;|&lt;unit or -&gt;|&lt;cadence or -&gt;|10</c>.
/// </summary>
internal sealed record DuePageToken(
    QuestionIntent Intent, DateWindow Window, Guid? OrganisationId, Guid? UnitId, Cadence? Cadence, int Offset)
{
    private const string Version = "v1";
    private const string DateFormat = "yyyyMMdd";

    public string Format() => string.Join('|',
        Version, Intent.ToCliName(), Window.From.ToString(DateFormat, CultureInfo.InvariantCulture),
        Window.To.ToString(DateFormat, CultureInfo.InvariantCulture), OrganisationId?.ToString("N") ?? "-",
        UnitId?.ToString("N") ?? "-", Cadence is { } c ? ((int)c).ToString(CultureInfo.InvariantCulture) : "-",
        Offset.ToString(CultureInfo.InvariantCulture));

    /// <summary>Null for anything this version did not write (a tampered or stale card).</summary>
    public static DuePageToken? TryParse(string? text)
    {
        var parts = text?.Split('|');
        if (parts is not { Length: 8 } || parts[0] != Version) return null;
        if (!QuestionIntentNames.TryParseCliName(parts[1], out var intent) || intent is not (QuestionIntent.Due or QuestionIntent.Deadline)) return null;
        if (!TryDate(parts[2], out var from) || !TryDate(parts[3], out var to) || to < from) return null;
        if (!TryGuid(parts[4], out var organisation) || !TryGuid(parts[5], out var unit)) return null;
        Cadence? cadence = null;
        if (parts[6] != "-")
        {
            if (!int.TryParse(parts[6], NumberStyles.None, CultureInfo.InvariantCulture, out var flags) || flags is <= 0 or > 31) return null;
            cadence = (Cadence)flags;
        }
        if (!int.TryParse(parts[7], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)) return null;
        return new DuePageToken(intent, new DateWindow(from, to), organisation, unit, cadence, offset);
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryGuid(string text, out Guid? id)
    {
        id = null;
        if (text == "-") return true;
        if (!Guid.TryParseExact(text, "N", out var parsed)) return false;
        id = parsed;
        return true;
    }
}
