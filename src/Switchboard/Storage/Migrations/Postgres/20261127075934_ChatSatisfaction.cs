using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Switchboard.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ChatSatisfaction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RatedAtMs",
                table: "ChatServiceRecords",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SatisfactionId",
                table: "ChatServiceRecords",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SatisfactionLabel",
                table: "ChatServiceRecords",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RatedAtMs",
                table: "ChatServiceRecords");

            migrationBuilder.DropColumn(
                name: "SatisfactionId",
                table: "ChatServiceRecords");

            migrationBuilder.DropColumn(
                name: "SatisfactionLabel",
                table: "ChatServiceRecords");
        }
    }
}
