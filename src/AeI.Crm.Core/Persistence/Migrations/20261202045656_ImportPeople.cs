using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AeI.Crm.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ImportPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_CaseloadId",
                table: "ImportRuns",
                column: "CaseloadId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportRowResults_CandidateId",
                table: "ImportRowResults",
                column: "CandidateId");

            migrationBuilder.AddForeignKey(
                name: "FK_ImportRowResults_Candidates_CandidateId",
                table: "ImportRowResults",
                column: "CandidateId",
                principalTable: "Candidates",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_ImportRuns_Caseloads_CaseloadId",
                table: "ImportRuns",
                column: "CaseloadId",
                principalTable: "Caseloads",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ImportRowResults_Candidates_CandidateId",
                table: "ImportRowResults");

            migrationBuilder.DropForeignKey(
                name: "FK_ImportRuns_Caseloads_CaseloadId",
                table: "ImportRuns");

            migrationBuilder.DropIndex(
                name: "IX_ImportRuns_CaseloadId",
                table: "ImportRuns");

            migrationBuilder.DropIndex(
                name: "IX_ImportRowResults_CandidateId",
                table: "ImportRowResults");
        }
    }
}
