namespace DanVanBot.Domain.Plans.Deadlines;

/// <summary>
/// One concrete instance of a rule within a plan period.
/// <para><see cref="LastDay"/>: the last allowed day (already shifted for "trước ngày", i.e. exclusive phrases).
/// Null when the plan gives no date (a cadence only): the coordinating office must set one.</para>
/// <para><see cref="WindowFrom"/>/<see cref="WindowTo"/>: the days the activity happens in ("trong tháng 10/2022"),
/// or, for a dateless cadence, the reporting period the occurrence is about. Null for a plain deadline.</para>
/// <para><see cref="Label"/>: a short Vietnamese name that tells occurrences of one rule apart: "2022", "Quý 1/2025",
/// "6 tháng 2023", "Tháng 10/2022".</para>
/// </summary>
public sealed record Occurrence(DateOnly? LastDay, DateOnly? WindowFrom, DateOnly? WindowTo, string Label);
