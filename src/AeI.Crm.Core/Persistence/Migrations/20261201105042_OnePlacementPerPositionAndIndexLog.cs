using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AeI.Crm.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OnePlacementPerPositionAndIndexLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Placements_VacancyId_CandidateId",
                table: "Placements");

            migrationBuilder.CreateTable(
                name: "SearchIndexChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CandidateId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchIndexChanges", x => x.Id);
                });

            // Duplicates made before the rule (two "Proponi" at once): the first stays, the others are withdrawn.
            migrationBuilder.Sql("""
                UPDATE "Placements" SET "Stage" = 7, "EndedOn" = COALESCE("EndedOn", "ProposedOn")
                WHERE "Stage" NOT IN (6, 7) AND "Id" NOT IN (
                    SELECT MIN("Id") FROM "Placements" WHERE "Stage" NOT IN (6, 7) GROUP BY "VacancyId", "CandidateId");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Placements_VacancyId_CandidateId",
                table: "Placements",
                columns: new[] { "VacancyId", "CandidateId" },
                unique: true,
                filter: "\"Stage\" NOT IN (6, 7)");

            migrationBuilder.CreateIndex(
                name: "IX_SearchIndexChanges_ChangedUtc",
                table: "SearchIndexChanges",
                column: "ChangedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchIndexChanges");

            migrationBuilder.DropIndex(
                name: "IX_Placements_VacancyId_CandidateId",
                table: "Placements");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_VacancyId_CandidateId",
                table: "Placements",
                columns: new[] { "VacancyId", "CandidateId" });
        }
    }
}
