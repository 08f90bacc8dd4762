using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVanBot.Storage.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddPendingPlanImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PendingPlanImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(max)", nullable: false, collation: "Latin1_General_100_BIN2"),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    RequestedByAadObjectId = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Latin1_General_100_BIN2"),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingPlanImports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PendingPlanImports_CreatedAt",
                table: "PendingPlanImports",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PendingPlanImports");
        }
    }
}
