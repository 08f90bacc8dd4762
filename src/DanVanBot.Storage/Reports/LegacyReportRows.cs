using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVanBot.Storage.Reports;

/// <summary>
/// Carries reports from before revisions into the new model. A database of that time holds one overwritable row per
/// (occurrence, unit) with the text and the sender on the row itself. Each row that was sent or holds text becomes
/// version 1 of that report, with the sender as author, the send time (or the last change, for a draft), client
/// "legacy", and the row's id as submission id (unique, since report ids are). The header keeps its status and first
/// send time. EF cannot generate data moves, so the generated <c>AddReportRevisions</c> migration of each provider
/// calls this once, after it has created the tables and before <c>DropLegacyReportColumns</c> drops the old columns.
/// </summary>
internal static class LegacyReportRows
{
    public static void CopyIntoRevisions(MigrationBuilder migration)
    {
        ArgumentNullException.ThrowIfNull(migration);
        var sqlServer = migration.ActiveProvider?.EndsWith(".SqlServer", StringComparison.Ordinal) == true;
        var postgres = migration.ActiveProvider?.Contains("PostgreSQL", StringComparison.Ordinal) == true;
        string Q(string name) => sqlServer ? $"[{name}]" : $"\"{name}\"";
        var no = postgres ? "FALSE" : "0";
        var sent = $"{Q("Content")} IS NOT NULL OR {Q("Status")} <> 'Draft'";

        migration.Sql(
            $"INSERT INTO {Q("ReportRevisions")} ({Q("ReportId")}, {Q("Version")}, {Q("SubmissionId")}, {Q("Results")}, " +
            $"{Q("AuthorAadObjectId")}, {Q("AuthorName")}, {Q("SubmittedAt")}, {Q("Client")}, {Q("AfterConsolidation")}) " +
            $"SELECT {Q("Id")}, 1, {Q("Id")}, COALESCE({Q("Content")}, ''), {Q("SubmittedByAadObjectId")}, {Q("SubmittedByName")}, " +
            $"COALESCE({Q("SubmittedAt")}, {Q("UpdatedAt")}), 'legacy', {no} FROM {Q("Reports")} WHERE {sent};");
        migration.Sql($"UPDATE {Q("Reports")} SET {Q("CurrentVersion")} = 1 WHERE {sent};");
    }
}
