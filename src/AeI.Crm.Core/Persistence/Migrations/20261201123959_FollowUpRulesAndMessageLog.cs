using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AeI.Crm.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FollowUpRulesAndMessageLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "InternshipEndOn",
                table: "Placements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ActivityId",
                table: "FollowUps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedById",
                table: "FollowUps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RuleKey",
                table: "FollowUps",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CalendarTokenHash",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Notifications",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "OutboundMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ToAddress = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboundMessages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ActivityId",
                table: "FollowUps",
                column: "ActivityId",
                unique: true,
                filter: "\"ActivityId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_AssignedById",
                table: "FollowUps",
                column: "AssignedById");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_RuleKey",
                table: "FollowUps",
                column: "RuleKey",
                unique: true,
                filter: "\"RuleKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundMessages_Key",
                table: "OutboundMessages",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboundMessages_Status_NextAttemptUtc",
                table: "OutboundMessages",
                columns: new[] { "Status", "NextAttemptUtc" });

            migrationBuilder.AddForeignKey(
                name: "FK_FollowUps_Activities_ActivityId",
                table: "FollowUps",
                column: "ActivityId",
                principalTable: "Activities",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_FollowUps_AspNetUsers_AssignedById",
                table: "FollowUps",
                column: "AssignedById",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FollowUps_Activities_ActivityId",
                table: "FollowUps");

            migrationBuilder.DropForeignKey(
                name: "FK_FollowUps_AspNetUsers_AssignedById",
                table: "FollowUps");

            migrationBuilder.DropTable(
                name: "OutboundMessages");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_ActivityId",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_AssignedById",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_RuleKey",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "InternshipEndOn",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "ActivityId",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "AssignedById",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "RuleKey",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "CalendarTokenHash",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Notifications",
                table: "AspNetUsers");
        }
    }
}
