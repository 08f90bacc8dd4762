using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVanBot.Domain.Calendar;

/// <summary>
/// Days off and make-up working days the government announced, per year and holiday period, read from
/// the embedded official-days-off.json (kept as data so a yearly update is a data change, not a code change).
/// </summary>
public sealed class OfficialHolidaySchedule
{
    private const string ResourceName = "DanVanBot.Domain.Calendar.official-days-off.json";

    // Declared before Embedded: static initializers run in text order and Embedded parses at start-up.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    private readonly Dictionary<int, Dictionary<HolidayPeriod, IReadOnlyList<ScheduledDay>>> years;

    private OfficialHolidaySchedule(Dictionary<int, Dictionary<HolidayPeriod, IReadOnlyList<ScheduledDay>>> years) =>
        this.years = years;

    /// <summary>The schedule shipped with the application.</summary>
    public static OfficialHolidaySchedule Embedded { get; } = LoadEmbedded();

    /// <summary>No announced days at all: every year follows the computed defaults.</summary>
    public static OfficialHolidaySchedule None { get; } = new([]);

    public IEnumerable<int> Years => years.Keys.Order();

    /// <summary>The announced days of one break, or null when that break of that year was not announced here.</summary>
    public IReadOnlyList<ScheduledDay>? For(int year, HolidayPeriod period) =>
        years.TryGetValue(year, out var periods) && periods.TryGetValue(period, out var days) ? days : null;

    public static OfficialHolidaySchedule Parse(string json)
    {
        var file = JsonSerializer.Deserialize<FileDto>(json, JsonOptions)
            ?? throw new InvalidDataException("The official holiday schedule is empty.");
        var years = new Dictionary<int, Dictionary<HolidayPeriod, IReadOnlyList<ScheduledDay>>>();
        foreach (var (yearText, periods) in file.Years)
        {
            int year = int.Parse(yearText, System.Globalization.CultureInfo.InvariantCulture);
            years[year] = periods.ToDictionary(
                p => Enum.Parse<HolidayPeriod>(p.Key),
                p => (IReadOnlyList<ScheduledDay>)Expand(year, Enum.Parse<HolidayPeriod>(p.Key), p.Value));
        }
        return new OfficialHolidaySchedule(years);
    }

    private static List<ScheduledDay> Expand(int year, HolidayPeriod period, PeriodDto dto)
    {
        var days = new List<ScheduledDay>();
        foreach (var entry in dto.DaysOff ?? []) days.AddRange(ExpandEntry(entry, period, isDayOff: true));
        foreach (var entry in dto.WorkingDays ?? []) days.AddRange(ExpandEntry(entry, period, isDayOff: false));
        var stray = days.FirstOrDefault(d => d.Date.Year != year);
        if (stray is not null)
        {
            throw new InvalidDataException($"{stray.Date:dd/MM/yyyy} is listed under year {year}.");
        }
        return days;
    }

    private static IEnumerable<ScheduledDay> ExpandEntry(EntryDto entry, HolidayPeriod period, bool isDayOff)
    {
        var from = entry.Date ?? entry.From ?? throw new InvalidDataException($"An entry '{entry.Name}' has no date.");
        var to = entry.Date ?? entry.To ?? from;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return new ScheduledDay(day, entry.Name, period, isDayOff);
        }
    }

    private static OfficialHolidaySchedule LoadEmbedded()
    {
        using var stream = typeof(OfficialHolidaySchedule).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record FileDto(Dictionary<string, Dictionary<string, PeriodDto>> Years);

    private sealed record PeriodDto(List<EntryDto>? DaysOff, List<EntryDto>? WorkingDays);

    private sealed record EntryDto(DateOnly? Date, DateOnly? From, DateOnly? To, string Name);
}
