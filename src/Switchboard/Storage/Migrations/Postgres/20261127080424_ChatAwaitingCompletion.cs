using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Switchboard.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ChatAwaitingCompletion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AwaitingCompletionBy",
                table: "ChatSessions",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChatSessions_SdkAppId_AwaitingCompletionBy",
                table: "ChatSessions",
                columns: new[] { "SdkAppId", "AwaitingCompletionBy" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChatSessions_SdkAppId_AwaitingCompletionBy",
                table: "ChatSessions");

            migrationBuilder.DropColumn(
                name: "AwaitingCompletionBy",
                table: "ChatSessions");
        }
    }
}
