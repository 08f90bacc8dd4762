using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVanBot.Storage.Sqlite.Migrations;

/// <summary>Organisations, units, plans, obligations, occurrences, user profiles and reports.</summary>
[DbContext(typeof(SqliteDanVanDbContext))]
[Migration("20261121000002_AddPlans")]
public sealed class AddPlans : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Organisations",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", nullable: false),
                NormalizedName = table.Column<string>(type: "TEXT", nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Organisations", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Units",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", nullable: false),
                NormalizedName = table.Column<string>(type: "TEXT", nullable: false),
                IsGroup = table.Column<bool>(type: "INTEGER", nullable: false),
                GroupSize = table.Column<int>(type: "INTEGER", nullable: true),
                IsCoordinator = table.Column<bool>(type: "INTEGER", nullable: false),
                IsRequestOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                ParentUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                AddedByAdministrator = table.Column<bool>(type: "INTEGER", nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Units", x => x.Id);
                table.ForeignKey("FK_Units_Organisations_OrganisationId", x => x.OrganisationId,
                    "Organisations", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Units_Units_ParentUnitId", x => x.ParentUnitId,
                    "Units", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Plans",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                NaturalKey = table.Column<string>(type: "TEXT", nullable: false),
                Number = table.Column<string>(type: "TEXT", nullable: true),
                Issuer = table.Column<string>(type: "TEXT", nullable: true),
                Locality = table.Column<string>(type: "TEXT", nullable: true),
                IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                Title = table.Column<string>(type: "TEXT", nullable: false),
                PeriodFromYear = table.Column<int>(type: "INTEGER", nullable: false),
                PeriodToYear = table.Column<int>(type: "INTEGER", nullable: false),
                CoordinatorName = table.Column<string>(type: "TEXT", nullable: true),
                CoordinatorUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                SourceText = table.Column<string>(type: "TEXT", nullable: false),
                ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Plans", x => x.Id);
                table.ForeignKey("FK_Plans_Organisations_OrganisationId", x => x.OrganisationId,
                    "Organisations", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Plans_Units_CoordinatorUnitId", x => x.CoordinatorUnitId,
                    "Units", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "Obligations",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                Description = table.Column<string>(type: "TEXT", nullable: false),
                Kind = table.Column<string>(type: "TEXT", nullable: false),
                Recipient = table.Column<string>(type: "TEXT", nullable: true),
                Via = table.Column<string>(type: "TEXT", nullable: true),
                Phrase = table.Column<string>(type: "TEXT", nullable: true),
                RuleKind = table.Column<string>(type: "TEXT", nullable: true),
                RuleData = table.Column<string>(type: "TEXT", nullable: true),
                Cadence = table.Column<int>(type: "INTEGER", nullable: true),
                NeedsDate = table.Column<bool>(type: "INTEGER", nullable: false),
                SectionPath = table.Column<string>(type: "TEXT", nullable: false),
                SourceLines = table.Column<string>(type: "TEXT", nullable: false),
                IsRetired = table.Column<bool>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Obligations", x => x.Id);
                table.ForeignKey("FK_Obligations_Plans_PlanId", x => x.PlanId,
                    "Plans", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ObligationUnits",
            columns: table => new
            {
                ObligationId = table.Column<Guid>(type: "TEXT", nullable: false),
                UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                Position = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ObligationUnits", x => new { x.ObligationId, x.UnitId });
                table.ForeignKey("FK_ObligationUnits_Obligations_ObligationId", x => x.ObligationId,
                    "Obligations", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ObligationUnits_Units_UnitId", x => x.UnitId,
                    "Units", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Occurrences",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ObligationId = table.Column<Guid>(type: "TEXT", nullable: false),
                OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                Label = table.Column<string>(type: "TEXT", nullable: false),
                PlanLastDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                AssignedLastDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                WindowFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                WindowTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                IsRetired = table.Column<bool>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Occurrences", x => x.Id);
                table.ForeignKey("FK_Occurrences_Obligations_ObligationId", x => x.ObligationId,
                    "Obligations", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Occurrences_Organisations_OrganisationId", x => x.OrganisationId,
                    "Organisations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "UserProfiles",
            columns: table => new
            {
                AadObjectId = table.Column<string>(type: "TEXT", nullable: false),
                TeamsUserId = table.Column<string>(type: "TEXT", nullable: true),
                DisplayName = table.Column<string>(type: "TEXT", nullable: true),
                OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserProfiles", x => x.AadObjectId);
                table.ForeignKey("FK_UserProfiles_Organisations_OrganisationId", x => x.OrganisationId,
                    "Organisations", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_UserProfiles_Units_UnitId", x => x.UnitId,
                    "Units", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "Reports",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                OccurrenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                Status = table.Column<string>(type: "TEXT", nullable: false),
                SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                SubmittedByAadObjectId = table.Column<string>(type: "TEXT", nullable: true),
                SubmittedByName = table.Column<string>(type: "TEXT", nullable: true),
                Content = table.Column<string>(type: "TEXT", nullable: true),
                UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Reports", x => x.Id);
                table.ForeignKey("FK_Reports_Occurrences_OccurrenceId", x => x.OccurrenceId,
                    "Occurrences", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Reports_Units_UnitId", x => x.UnitId,
                    "Units", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_Organisations_NormalizedName", "Organisations", "NormalizedName", unique: true);
        migrationBuilder.CreateIndex("IX_Units_OrganisationId_NormalizedName", "Units",
            ["OrganisationId", "NormalizedName"], unique: true);
        migrationBuilder.CreateIndex("IX_Units_ParentUnitId", "Units", "ParentUnitId");
        migrationBuilder.CreateIndex("IX_Plans_NaturalKey", "Plans", "NaturalKey", unique: true);
        migrationBuilder.CreateIndex("IX_Plans_OrganisationId", "Plans", "OrganisationId");
        migrationBuilder.CreateIndex("IX_Plans_CoordinatorUnitId", "Plans", "CoordinatorUnitId");
        migrationBuilder.CreateIndex("IX_Obligations_PlanId", "Obligations", "PlanId");
        migrationBuilder.CreateIndex("IX_ObligationUnits_UnitId", "ObligationUnits", "UnitId");
        migrationBuilder.CreateIndex("IX_Occurrences_ObligationId", "Occurrences", "ObligationId");
        migrationBuilder.CreateIndex("IX_Occurrences_OrganisationId_DueOn", "Occurrences", ["OrganisationId", "DueOn"]);
        migrationBuilder.CreateIndex("IX_UserProfiles_TeamsUserId", "UserProfiles", "TeamsUserId");
        migrationBuilder.CreateIndex("IX_UserProfiles_OrganisationId", "UserProfiles", "OrganisationId");
        migrationBuilder.CreateIndex("IX_UserProfiles_UnitId", "UserProfiles", "UnitId");
        migrationBuilder.CreateIndex("IX_Reports_OccurrenceId_UnitId", "Reports", ["OccurrenceId", "UnitId"], unique: true);
        migrationBuilder.CreateIndex("IX_Reports_UnitId", "Reports", "UnitId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "Reports", "UserProfiles", "Occurrences", "ObligationUnits", "Obligations", "Plans", "Units", "Organisations" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
