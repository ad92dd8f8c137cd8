using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AeI.Crm.Persistence.Migrations
{
    /// <summary>
    /// Follow-ups made from an activity's next step before they carried the activity's id: each is
    /// linked to its activity (same company, author, subject and date), so the next-step rule does not
    /// create them a second time. One follow-up per activity and one activity per follow-up, the
    /// earliest of each, as the unique index asks.
    /// </summary>
    public partial class LinkNextStepFollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                WITH candidates AS (
                    SELECT f."Id" AS "FollowUpId", a."Id" AS "ActivityId",
                           ROW_NUMBER() OVER (PARTITION BY a."Id" ORDER BY f."Id") AS "ForActivity",
                           ROW_NUMBER() OVER (PARTITION BY f."Id" ORDER BY a."Id") AS "ForFollowUp"
                    FROM "FollowUps" f
                    JOIN "Activities" a
                      ON a."CompanyId" = f."CompanyId" AND a."UserId" = f."OwnerId"
                     AND a."NextStep" = f."Subject" AND a."NextStepOn" = f."DueOn"
                    WHERE f."ActivityId" IS NULL AND f."RuleKey" IS NULL
                      AND NOT EXISTS (SELECT 1 FROM "FollowUps" g WHERE g."ActivityId" = a."Id")
                ),
                pairs AS (SELECT "FollowUpId", "ActivityId" FROM candidates WHERE "ForActivity" = 1 AND "ForFollowUp" = 1)
                UPDATE "FollowUps"
                SET "ActivityId" = (SELECT p."ActivityId" FROM pairs p WHERE p."FollowUpId" = "FollowUps"."Id")
                WHERE "Id" IN (SELECT "FollowUpId" FROM pairs);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The links are right under the previous schema too; nothing to undo.
        }
    }
}
