using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AeI.Crm.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HomePageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vacancies_OwnerId",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_Activities_UserId",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_OwnerId_Status_OpenedOn",
                table: "Vacancies",
                columns: new[] { "OwnerId", "Status", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_HiredOn",
                table: "Placements",
                column: "HiredOn");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_UserId_OccurredAt_CompanyId_Type_RemovedAt",
                table: "Activities",
                columns: new[] { "UserId", "OccurredAt", "CompanyId", "Type", "RemovedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vacancies_OwnerId_Status_OpenedOn",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_Placements_HiredOn",
                table: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_Activities_UserId_OccurredAt_CompanyId_Type_RemovedAt",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_OwnerId",
                table: "Vacancies",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_UserId",
                table: "Activities",
                column: "UserId");
        }
    }
}
