using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Switchboard.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Presence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgentStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SdkAppId = table.Column<long>(type: "INTEGER", nullable: false),
                    AgentMailKey = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    TimestampMs = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PreviousStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SessionId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgentStatusChanges_Applications_SdkAppId",
                        column: x => x.SdkAppId,
                        principalTable: "Applications",
                        principalColumn: "SdkAppId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgentsForcedOffline",
                columns: table => new
                {
                    SdkAppId = table.Column<long>(type: "INTEGER", nullable: false),
                    AgentMailKey = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Since = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentsForcedOffline", x => new { x.SdkAppId, x.AgentMailKey });
                    table.ForeignKey(
                        name: "FK_AgentsForcedOffline_Applications_SdkAppId",
                        column: x => x.SdkAppId,
                        principalTable: "Applications",
                        principalColumn: "SdkAppId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationRestReasons",
                columns: table => new
                {
                    SdkAppId = table.Column<long>(type: "INTEGER", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", nullable: false),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationRestReasons", x => x.SdkAppId);
                    table.ForeignKey(
                        name: "FK_ApplicationRestReasons_Applications_SdkAppId",
                        column: x => x.SdkAppId,
                        principalTable: "Applications",
                        principalColumn: "SdkAppId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgentStatusChanges_SdkAppId_AgentMailKey_TimestampMs",
                table: "AgentStatusChanges",
                columns: new[] { "SdkAppId", "AgentMailKey", "TimestampMs" });

            migrationBuilder.CreateIndex(
                name: "IX_AgentStatusChanges_SdkAppId_TimestampMs",
                table: "AgentStatusChanges",
                columns: new[] { "SdkAppId", "TimestampMs" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgentStatusChanges");

            migrationBuilder.DropTable(
                name: "AgentsForcedOffline");

            migrationBuilder.DropTable(
                name: "ApplicationRestReasons");
        }
    }
}
