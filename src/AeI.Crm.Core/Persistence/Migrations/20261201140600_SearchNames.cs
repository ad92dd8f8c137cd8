using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AeI.Crm.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SearchNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Vacancies",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Contacts",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Candidates",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Candidates");
        }
    }
}
