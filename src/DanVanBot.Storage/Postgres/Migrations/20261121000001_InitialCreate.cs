using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVanBot.Storage.Postgres.Migrations;

/// <summary>Conversation references for proactive messages (hand-written; see the schema tests).</summary>
[DbContext(typeof(PostgresDanVanDbContext))]
[Migration("20261121000001_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ConversationReferences",
            columns: table => new
            {
                ConversationId = table.Column<string>(type: "text", nullable: false),
                ChannelId = table.Column<string>(type: "text", nullable: false),
                ServiceUrl = table.Column<string>(type: "text", nullable: false),
                ConversationType = table.Column<string>(type: "text", nullable: true),
                TenantId = table.Column<string>(type: "text", nullable: true),
                IsGroup = table.Column<bool>(type: "boolean", nullable: false),
                BotId = table.Column<string>(type: "text", nullable: false),
                BotName = table.Column<string>(type: "text", nullable: true),
                UserId = table.Column<string>(type: "text", nullable: true),
                UserAadObjectId = table.Column<string>(type: "text", nullable: true),
                UserName = table.Column<string>(type: "text", nullable: true),
                TeamId = table.Column<string>(type: "text", nullable: true),
                TeamsChannelId = table.Column<string>(type: "text", nullable: true),
                Locale = table.Column<string>(type: "text", nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                LastActivityId = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ConversationReferences", x => x.ConversationId));

        migrationBuilder.CreateIndex(
            name: "IX_ConversationReferences_UserAadObjectId",
            table: "ConversationReferences",
            column: "UserAadObjectId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "ConversationReferences");
}
