using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVanBot.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DropLegacyReportColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Content",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "SubmittedByAadObjectId",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "SubmittedByName",
                table: "Reports");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Content",
                table: "Reports",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedByAadObjectId",
                table: "Reports",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedByName",
                table: "Reports",
                type: "text",
                nullable: true);
        }
    }
}
