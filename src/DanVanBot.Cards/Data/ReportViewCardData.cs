namespace DanVanBot.Cards.Data;

/// <summary>Data for <c>cards/report-view.json</c>: one version of a unit's report, and buttons for the others.</summary>
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
    string? Attachments = null);

public sealed record ReportViewField(string Title, string Value);

/// <summary>A button to another version; <see cref="Version"/> is text so the card data stays a string.</summary>
public sealed record ReportViewVersion(string ReportId, string Version, string Title);
