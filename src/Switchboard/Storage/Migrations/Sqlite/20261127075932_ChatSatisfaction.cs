using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Switchboard.Storage.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SatisfactionId",
                table: "ChatServiceRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SatisfactionLabel",
                table: "ChatServiceRecords",
                type: "TEXT",
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
