using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Switchboard.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Chat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChatAttachments",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SdkAppId = table.Column<long>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    IsImage = table.Column<bool>(type: "INTEGER", nullable: false),
                    UploaderRole = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Uploader = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    CreatedAtMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChatAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChatAttachments_Applications_SdkAppId",
                        column: x => x.SdkAppId,
                        principalTable: "Applications",
                        principalColumn: "SdkAppId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChatMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SdkAppId = table.Column<long>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TimestampMs = table.Column<long>(type: "INTEGER", nullable: false),
                    SenderRole = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Sender = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    ClientMessageId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChatMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChatMessages_Applications_SdkAppId",
                        column: x => x.SdkAppId,
                        principalTable: "Applications",
                        principalColumn: "SdkAppId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChatServiceRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SdkAppId = table.Column<long>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AgentMail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    SkillGroupId = table.Column<long>(type: "INTEGER", nullable: false),
                    SkillGroupName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VisitorId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Nickname = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartedAtMs = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAtMs = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAtMs = table.Column<long>(type: "INTEGER", nullable: false),
                    EndStatus = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChatServiceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChatServiceRecords_Applications_SdkAppId",
                        column: x => x.SdkAppId,
                        principalTable: "Applications",
                        principalColumn: "SdkAppId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChatSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SdkAppId = table.Column<long>(type: "INTEGER", nullable: false),
                    VisitorId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    VisitorVerified = table.Column<bool>(type: "INTEGER", nullable: false),
                    Nickname = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Avatar = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    ClientData = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    PeerSource = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    ChannelName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    FirstSkillGroupId = table.Column<long>(type: "INTEGER", nullable: false),
                    SkillGroupId = table.Column<long>(type: "INTEGER", nullable: false),
                    AgentMailKey = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAtMs = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAtMs = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAtMs = table.Column<long>(type: "INTEGER", nullable: true),
                    EndStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    CloseBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LastVisitorActivityMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChatSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChatSessions_Applications_SdkAppId",
                        column: x => x.SdkAppId,
                        principalTable: "Applications",
                        principalColumn: "SdkAppId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PushDeliveries",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SdkAppId = table.Column<long>(type: "INTEGER", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtMs = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtMs = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAtMs = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PushDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PushDeliveries_Applications_SdkAppId",
                        column: x => x.SdkAppId,
                        principalTable: "Applications",
                        principalColumn: "SdkAppId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PushSubscriptions",
                columns: table => new
                {
                    SdkAppId = table.Column<long>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PushSubscriptions", x => x.SdkAppId);
                    table.ForeignKey(
                        name: "FK_PushSubscriptions_Applications_SdkAppId",
                        column: x => x.SdkAppId,
                        principalTable: "Applications",
                        principalColumn: "SdkAppId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SkillGroupRoutings",
                columns: table => new
                {
                    SkillGroupId = table.Column<long>(type: "INTEGER", nullable: false),
                    SdkAppId = table.Column<long>(type: "INTEGER", nullable: false),
                    RingTimeoutSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    NotReadyOnNoAnswer = table.Column<bool>(type: "INTEGER", nullable: true),
                    AutoAccept = table.Column<bool>(type: "INTEGER", nullable: true),
                    AfterCallWorkSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxWaitSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    OverflowSkillGroupId = table.Column<long>(type: "INTEGER", nullable: true),
                    LastAgentWaitSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    EndWhenNoAgentOnline = table.Column<bool>(type: "INTEGER", nullable: true),
                    VisitorIdleTimeoutSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillGroupRoutings", x => x.SkillGroupId);
                    table.ForeignKey(
                        name: "FK_SkillGroupRoutings_SkillGroups_SkillGroupId",
                        column: x => x.SkillGroupId,
                        principalTable: "SkillGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitorSigningKeys",
                columns: table => new
                {
                    SdkAppId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProtectedKey = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitorSigningKeys", x => x.SdkAppId);
                    table.ForeignKey(
                        name: "FK_VisitorSigningKeys_Applications_SdkAppId",
                        column: x => x.SdkAppId,
                        principalTable: "Applications",
                        principalColumn: "SdkAppId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChatAttachments_SdkAppId",
                table: "ChatAttachments",
                column: "SdkAppId");

            migrationBuilder.CreateIndex(
                name: "IX_ChatAttachments_SessionId",
                table: "ChatAttachments",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_ChatMessages_SdkAppId",
                table: "ChatMessages",
                column: "SdkAppId");

            migrationBuilder.CreateIndex(
                name: "IX_ChatMessages_SessionId_Id",
                table: "ChatMessages",
                columns: new[] { "SessionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ChatMessages_SessionId_Sender_ClientMessageId",
                table: "ChatMessages",
                columns: new[] { "SessionId", "Sender", "ClientMessageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChatServiceRecords_SdkAppId_StartedAtMs",
                table: "ChatServiceRecords",
                columns: new[] { "SdkAppId", "StartedAtMs" });

            migrationBuilder.CreateIndex(
                name: "IX_ChatServiceRecords_SessionId",
                table: "ChatServiceRecords",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_ChatSessions_SdkAppId_State",
                table: "ChatSessions",
                columns: new[] { "SdkAppId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ChatSessions_SdkAppId_VisitorId_CreatedAtMs",
                table: "ChatSessions",
                columns: new[] { "SdkAppId", "VisitorId", "CreatedAtMs" });

            migrationBuilder.CreateIndex(
                name: "IX_PushDeliveries_SdkAppId_CreatedAtMs",
                table: "PushDeliveries",
                columns: new[] { "SdkAppId", "CreatedAtMs" });

            migrationBuilder.CreateIndex(
                name: "IX_PushDeliveries_State_NextAttemptAtMs",
                table: "PushDeliveries",
                columns: new[] { "State", "NextAttemptAtMs" });

            migrationBuilder.CreateIndex(
                name: "IX_SkillGroupRoutings_SdkAppId",
                table: "SkillGroupRoutings",
                column: "SdkAppId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChatAttachments");

            migrationBuilder.DropTable(
                name: "ChatMessages");

            migrationBuilder.DropTable(
                name: "ChatServiceRecords");

            migrationBuilder.DropTable(
                name: "ChatSessions");

            migrationBuilder.DropTable(
                name: "PushDeliveries");

            migrationBuilder.DropTable(
                name: "PushSubscriptions");

            migrationBuilder.DropTable(
                name: "SkillGroupRoutings");

            migrationBuilder.DropTable(
                name: "VisitorSigningKeys");
        }
    }
}
