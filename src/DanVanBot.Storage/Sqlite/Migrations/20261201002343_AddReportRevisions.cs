using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVanBot.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddReportRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CurrentVersion",
                table: "Reports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ReportConsolidations",
                columns: table => new
                {
                    OccurrenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsolidatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ConsolidatedByName = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportConsolidations", x => x.OccurrenceId);
                    table.ForeignKey(
                        name: "FK_ReportConsolidations_Occurrences_OccurrenceId",
                        column: x => x.OccurrenceId,
                        principalTable: "Occurrences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportRevisions",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Results = table.Column<string>(type: "TEXT", nullable: false),
                    Progress = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PercentComplete = table.Column<int>(type: "INTEGER", nullable: true),
                    Difficulties = table.Column<string>(type: "TEXT", nullable: true),
                    Proposals = table.Column<string>(type: "TEXT", nullable: true),
                    DocumentReference = table.Column<string>(type: "TEXT", nullable: true),
                    AuthorAadObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Client = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CardVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    AfterConsolidation = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportRevisions", x => new { x.ReportId, x.Version });
                    table.ForeignKey(
                        name: "FK_ReportRevisions_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedByAadObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    UploadedByName = table.Column<string>(type: "TEXT", nullable: true),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportAttachments_ReportRevisions_ReportId_Version",
                        columns: x => new { x.ReportId, x.Version },
                        principalTable: "ReportRevisions",
                        principalColumns: new[] { "ReportId", "Version" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportReturns",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    ReturnedByAadObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    ReturnedByName = table.Column<string>(type: "TEXT", nullable: true),
                    ReturnedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportReturns", x => new { x.ReportId, x.Version });
                    table.ForeignKey(
                        name: "FK_ReportReturns_ReportRevisions_ReportId_Version",
                        columns: x => new { x.ReportId, x.Version },
                        principalTable: "ReportRevisions",
                        principalColumns: new[] { "ReportId", "Version" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportAttachments_ReportId_Version_Sha256",
                table: "ReportAttachments",
                columns: new[] { "ReportId", "Version", "Sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportRevisions_SubmissionId",
                table: "ReportRevisions",
                column: "SubmissionId",
                unique: true);

            // Added by hand (EF generates no data moves): reports from before revisions become version 1, before the
            // next migration drops their old columns. See Reports/LegacyReportRows.cs.
            DanVanBot.Storage.Reports.LegacyReportRows.CopyIntoRevisions(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportAttachments");

            migrationBuilder.DropTable(
                name: "ReportConsolidations");

            migrationBuilder.DropTable(
                name: "ReportReturns");

            migrationBuilder.DropTable(
                name: "ReportRevisions");

            migrationBuilder.DropColumn(
                name: "CurrentVersion",
                table: "Reports");
        }
    }
}
