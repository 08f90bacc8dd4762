using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVanBot.Eval.Documents;

/// <summary>A deadline as the expected file states it: a last allowed day, or a window of days.</summary>
internal readonly record struct DeadlineKey(DateOnly? Due, DateOnly? From, DateOnly? To)
{
    public static DeadlineKey Day(DateOnly due) => new(due, null, null);

    public static DeadlineKey Window(DateOnly from, DateOnly to) => new(null, from, to);

    public override string ToString() => Due is { } due
        ? Iso(due)
        : $"{Iso(From!.Value)}..{Iso(To!.Value)}";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal sealed record ExpectedDeadline(
    [property: JsonPropertyName("due")] DateOnly? Due,
    [property: JsonPropertyName("from")] DateOnly? From,
    [property: JsonPropertyName("to")] DateOnly? To,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("what")] string What)
{
    public DeadlineKey Key => Due is { } due ? DeadlineKey.Day(due) : DeadlineKey.Window(From!.Value, To!.Value);

    public bool IsValid => Due is not null ? From is null && To is null : From is { } f && To is { } t && f <= t;
}

/// <summary>A date in the text that is not a deadline (a citation, an anniversary, a past event), noted for the reader.</summary>
internal sealed record Trap([property: JsonPropertyName("date")] string Date, [property: JsonPropertyName("why")] string Why);

/// <summary>
/// The hand-written extraction beside each document (<c>NAME.expected.json</c>). <see cref="Optional"/> holds
/// readings that are defensible but not required (e.g. "Cả năm" as the whole year): found or not, they neither
/// count as found nor as invented.
/// </summary>
internal sealed record ExpectedDocument(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("form")] string Form,
    [property: JsonPropertyName("number")] string? Number,
    [property: JsonPropertyName("issuer")] string? Issuer,
    [property: JsonPropertyName("issuedOn")] DateOnly? IssuedOn,
    [property: JsonPropertyName("deadlines")] IReadOnlyList<ExpectedDeadline> Deadlines,
    [property: JsonPropertyName("optional")] IReadOnlyList<ExpectedDeadline>? Optional,
    [property: JsonPropertyName("traps")] IReadOnlyList<Trap>? Traps,
    [property: JsonPropertyName("modelledOn")] IReadOnlyList<string>? ModelledOn)
{
    public static readonly string[] Kinds = ["kế hoạch", "công văn", "thông báo", "tin", "other"];

    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip };

    public static ExpectedDocument Read(string path)
    {
        var expected = JsonSerializer.Deserialize<ExpectedDocument>(File.ReadAllText(path), Options)
            ?? throw new FormatException($"{path}: empty");
        if (!Kinds.Contains(expected.Kind)) throw new FormatException($"{path}: kind must be one of {string.Join(", ", Kinds)}");
        if (expected.Deadlines is null) throw new FormatException($"{path}: 'deadlines' is required (may be empty)");
        var bad = expected.Deadlines.Concat(expected.Optional ?? []).FirstOrDefault(d => !d.IsValid);
        if (bad is not null) throw new FormatException($"{path}: a deadline needs 'due', or 'from' and 'to' (from ≤ to): {bad.What}");
        return expected;
    }
}
