using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AeI.Crm.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FunnelCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vacancies_OpenedOn",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_CaseloadId_TakenInChargeOn",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Activities_OccurredAt_Type",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_OpenedOn_Status_Law68Reservation_CompanyId_OwnerId",
                table: "Vacancies",
                columns: new[] { "OpenedOn", "Status", "Law68Reservation", "CompanyId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Companies_AtecoSection",
                table: "Companies",
                column: "AtecoSection");

            migrationBuilder.CreateIndex(
                name: "IX_Companies_Law68QuotaTotal_ProtectedWorkersEmployed",
                table: "Companies",
                columns: new[] { "Law68QuotaTotal", "ProtectedWorkersEmployed" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_CaseloadId_TakenInChargeOn_ClosedOn_ClosureOutcome_TargetGroup",
                table: "Candidates",
                columns: new[] { "CaseloadId", "TakenInChargeOn", "ClosedOn", "ClosureOutcome", "TargetGroup" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_OccurredAt_Type_CompanyId_RemovedAt_UserId",
                table: "Activities",
                columns: new[] { "OccurredAt", "Type", "CompanyId", "RemovedAt", "UserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vacancies_OpenedOn_Status_Law68Reservation_CompanyId_OwnerId",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_Companies_AtecoSection",
                table: "Companies");

            migrationBuilder.DropIndex(
                name: "IX_Companies_Law68QuotaTotal_ProtectedWorkersEmployed",
                table: "Companies");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_CaseloadId_TakenInChargeOn_ClosedOn_ClosureOutcome_TargetGroup",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Activities_OccurredAt_Type_CompanyId_RemovedAt_UserId",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_OpenedOn",
                table: "Vacancies",
                column: "OpenedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_CaseloadId_TakenInChargeOn",
                table: "Candidates",
                columns: new[] { "CaseloadId", "TakenInChargeOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_OccurredAt_Type",
                table: "Activities",
                columns: new[] { "OccurredAt", "Type" });
        }
    }
}
