using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AeI.Crm.Persistence.Migrations
{
    /// <summary>
    /// Trigram FTS5 indexes over the folded names (companies, contacts, positions, people), kept in
    /// step by triggers, so a search for part of a name does not scan the tables (see NameSearch).
    /// </summary>
    public partial class NameSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CompanyNames" USING fts5("SearchName", content='Companies', content_rowid='Id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""INSERT INTO "CompanyNames"("CompanyNames") VALUES ('rebuild');""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "Companies_names_insert" AFTER INSERT ON "Companies" BEGIN
                    INSERT INTO "CompanyNames"(rowid, "SearchName") VALUES (new."Id", new."SearchName");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Companies_names_delete" AFTER DELETE ON "Companies" BEGIN
                    INSERT INTO "CompanyNames"("CompanyNames", rowid, "SearchName") VALUES ('delete', old."Id", old."SearchName");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Companies_names_update" AFTER UPDATE OF "SearchName" ON "Companies" BEGIN
                    INSERT INTO "CompanyNames"("CompanyNames", rowid, "SearchName") VALUES ('delete', old."Id", old."SearchName");
                    INSERT INTO "CompanyNames"(rowid, "SearchName") VALUES (new."Id", new."SearchName");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ContactNames" USING fts5("SearchName", content='Contacts', content_rowid='Id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""INSERT INTO "ContactNames"("ContactNames") VALUES ('rebuild');""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "Contacts_names_insert" AFTER INSERT ON "Contacts" BEGIN
                    INSERT INTO "ContactNames"(rowid, "SearchName") VALUES (new."Id", new."SearchName");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Contacts_names_delete" AFTER DELETE ON "Contacts" BEGIN
                    INSERT INTO "ContactNames"("ContactNames", rowid, "SearchName") VALUES ('delete', old."Id", old."SearchName");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Contacts_names_update" AFTER UPDATE OF "SearchName" ON "Contacts" BEGIN
                    INSERT INTO "ContactNames"("ContactNames", rowid, "SearchName") VALUES ('delete', old."Id", old."SearchName");
                    INSERT INTO "ContactNames"(rowid, "SearchName") VALUES (new."Id", new."SearchName");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "VacancyNames" USING fts5("SearchName", content='Vacancies', content_rowid='Id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""INSERT INTO "VacancyNames"("VacancyNames") VALUES ('rebuild');""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "Vacancies_names_insert" AFTER INSERT ON "Vacancies" BEGIN
                    INSERT INTO "VacancyNames"(rowid, "SearchName") VALUES (new."Id", new."SearchName");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Vacancies_names_delete" AFTER DELETE ON "Vacancies" BEGIN
                    INSERT INTO "VacancyNames"("VacancyNames", rowid, "SearchName") VALUES ('delete', old."Id", old."SearchName");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Vacancies_names_update" AFTER UPDATE OF "SearchName" ON "Vacancies" BEGIN
                    INSERT INTO "VacancyNames"("VacancyNames", rowid, "SearchName") VALUES ('delete', old."Id", old."SearchName");
                    INSERT INTO "VacancyNames"(rowid, "SearchName") VALUES (new."Id", new."SearchName");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CandidateNames" USING fts5("SearchName", content='Candidates', content_rowid='Id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""INSERT INTO "CandidateNames"("CandidateNames") VALUES ('rebuild');""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "Candidates_names_insert" AFTER INSERT ON "Candidates" BEGIN
                    INSERT INTO "CandidateNames"(rowid, "SearchName") VALUES (new."Id", new."SearchName");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Candidates_names_delete" AFTER DELETE ON "Candidates" BEGIN
                    INSERT INTO "CandidateNames"("CandidateNames", rowid, "SearchName") VALUES ('delete', old."Id", old."SearchName");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Candidates_names_update" AFTER UPDATE OF "SearchName" ON "Candidates" BEGIN
                    INSERT INTO "CandidateNames"("CandidateNames", rowid, "SearchName") VALUES ('delete', old."Id", old."SearchName");
                    INSERT INTO "CandidateNames"(rowid, "SearchName") VALUES (new."Id", new."SearchName");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Companies_names_insert";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Companies_names_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Companies_names_update";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CompanyNames";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Contacts_names_insert";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Contacts_names_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Contacts_names_update";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ContactNames";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Vacancies_names_insert";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Vacancies_names_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Vacancies_names_update";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "VacancyNames";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Candidates_names_insert";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Candidates_names_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Candidates_names_update";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CandidateNames";""");
        }
    }
}
