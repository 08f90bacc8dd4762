using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVanBot.Storage.Sqlite.Migrations;

/// <summary>Plan documents sent in chat, waiting for "Xuất bản" or "Hủy" on their preview card.</summary>
[DbContext(typeof(SqliteDanVanDbContext))]
[Migration("20261121000003_AddPendingPlanImports")]
public sealed class AddPendingPlanImports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PendingPlanImports",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                FileName = table.Column<string>(type: "TEXT", nullable: false),
                Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                RequestedByAadObjectId = table.Column<string>(type: "TEXT", nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PendingPlanImports", x => x.Id));

        migrationBuilder.CreateIndex("IX_PendingPlanImports_CreatedAt", "PendingPlanImports", "CreatedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "PendingPlanImports");
}
