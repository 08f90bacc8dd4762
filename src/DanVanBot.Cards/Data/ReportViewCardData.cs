namespace DanVanBot.Cards.Data;

/// <summary>
/// Data for <c>cards/report-view.json</c>: one version of a unit's report, and buttons for the others. When
/// <paramref name="CanReturn"/> (the unit's head, on the current version not yet returned) it carries the "Trả lại" form
/// for <paramref name="ReportId"/> and <paramref name="Version"/>; <paramref name="ReturnedText"/> says a version was sent
/// back, and why.
/// </summary>
public sealed record ReportViewCardData(
    string UnitName,
    string Obligation,
    string DueDateText,
    string VersionText,
    string SubmittedAtText,
    string StandingText,
    IReadOnlyList<ReportViewField> Fields,
    IReadOnlyList<ReportViewVersion> Versions,
    string? AuthorName = null,
    string? Attachments = null,
    string? ReportId = null,
    string? Version = null,
    bool CanReturn = false,
    string? ReturnedText = null,
    string? ReturnError = null,
    string? Notice = null);

public sealed record ReportViewField(string Title, string Value);

/// <summary>A button to another version; <see cref="Version"/> is text so the card data stays a string.</summary>
public sealed record ReportViewVersion(string ReportId, string Version, string Title);

/// <summary>Data for <c>cards/report-unit.json</c>: a unit's sent reports, each with a "Xem báo cáo" button.</summary>
public sealed record ReportUnitCardData(string UnitName, IReadOnlyList<ReportUnitItem> Reports);

public sealed record ReportUnitItem(string ReportId, string Obligation, string StatusText);
