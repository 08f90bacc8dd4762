namespace DanVanBot.Cards.Data;

/// <summary>
/// Data for <c>cards/report-compliance.json</c>: for each occurrence due in the period, the counts and the units by
/// name (lists are cut short for large provinces, the counts never), and buttons opening submitted reports. With no
/// occurrence, the deadlines on either side ("Báo cáo 6 tháng — 30/04/2022").
/// </summary>
public sealed record ComplianceCardData(
    string PeriodLabel,
    IReadOnlyList<ComplianceCardOccurrence> Occurrences,
    string? OrganisationNames = null,
    string? PreviousDeadline = null,
    string? NextDeadline = null,
    string? More = null);

public sealed record ComplianceCardOccurrence(
    string Description,
    string DueDateText,
    string OnTimeCount,
    string LateCount,
    string MissingCount,
    string? OnTimeNames,
    string? LateNames,
    string? MissingNames,
    IReadOnlyList<ComplianceCardReport> Reports);

public sealed record ComplianceCardReport(string ReportId, string UnitName);

