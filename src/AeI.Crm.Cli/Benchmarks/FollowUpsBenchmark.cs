using System.Globalization;
using AeI.Crm.Demo;
using AeI.Crm.FollowUps.Rules;
using AeI.Crm.Matching;
using AeI.Crm.Matching.FollowUps;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching.Ranking;
using AeI.Crm.Notifications.Mail;
using AeI.Crm.Notifications.Scheduling;
using AeI.Crm.Occupations;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Cli.Benchmarks;

/// <summary>
/// followups-bench [--scales 1,10] [--date YYYY-MM-DD]: loads the demo into a temporary database,
/// then for each scale copies it and multiplies its work (companies, contacts, positions, activities,
/// people, placements, follow-ups; the same users) by that factor, and times the scheduler's daily
/// run of the rules twice (e-mail off): the first run creates, the second finds everything done.
/// </summary>
public static class FollowUpsBenchmark
{
    // The order rows are copied in: each table after those it refers to.
    private static readonly string[] WorkTables = ["Companies", "Contacts", "Vacancies", "Candidates", "Activities", "Placements", "FollowUps"];
    private const long Stride = 10_000_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var scales = (Option(args, "--scales") ?? "1,10").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var day = Option(args, "--date") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : ItalianCalendar.Today(TimeProvider.System.GetUtcNow());
        if (scales.Any(s => s is < 1 or > 100))
        {
            Console.Error.WriteLine("Usage: followups-bench [--scales 1,10] [--date YYYY-MM-DD] (scales from 1 to 100)");
            return 2;
        }

        var root = Path.Combine(Path.GetTempPath(), $"aei-crm-followups-bench-{Guid.NewGuid():N}");
        try
        {
            var demo = new StorageOptions { DataFolder = Path.Combine(root, "demo") };
            DataFolder.Prepare(demo);
            var started = TimeProvider.System.GetTimestamp();
            await SeedDemoAsync(demo);
            Console.WriteLine($"demo loaded in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s; rules run for {day:yyyy-MM-dd} as at 07:30 Europe/Rome, e-mail off");
            foreach (var scale in scales)
            {
                var storage = new StorageOptions { DataFolder = Path.Combine(root, $"x{scale}") };
                DataFolder.Prepare(storage);
                await CopyAsync(demo.DatabasePath, storage.DatabasePath);
                await MultiplyAsync(storage.DatabasePath, scale);
                await RunScaleAsync(storage, scale, day);
            }

            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    }

    internal static async Task SeedDemoAsync(StorageOptions storage)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(CrmDatabase.Options(storage));
        services.AddScoped<CrmDbContext>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(OccupationCatalog.Load());
        services.AddIdentityCore<CrmUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<CrmDbContext>();
        services.AddScoped<DemoSeeder>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        await DatabaseInitializer.InitializeAsync(db);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
    }

    private static async Task CopyAsync(string from, string to)
    {
        await using var source = new SqliteConnection($"Data Source={from};Pooling=False");
        await source.OpenAsync();
        await using var vacuum = source.CreateCommand();
        vacuum.CommandText = "VACUUM INTO $to";
        vacuum.Parameters.AddWithValue("$to", to);
        await vacuum.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Adds <paramref name="scale"/> − 1 copies of every work row, ids shifted by a stride, references
    /// between work rows shifted alike (users, caseloads and municipalities stay shared), VAT numbers
    /// kept unique. Foreign keys are enforced, so a copy that pointed nowhere would fail here.
    /// </summary>
    internal static async Task MultiplyAsync(string path, int scale)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Foreign Keys=True");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        foreach (var table in WorkTables)
        {
            var max = Convert.ToInt64(await ScalarAsync(connection, transaction, $"SELECT COALESCE(MAX(Id), 0) FROM \"{table}\""), CultureInfo.InvariantCulture);
            if (max >= Stride)
            {
                throw new InvalidOperationException($"{table} has ids beyond {Stride}: cannot multiply it.");
            }

            var columns = await ColumnsAsync(connection, transaction, table);
            var references = await WorkReferencesAsync(connection, transaction, table);
            for (var copy = 1; copy < scale; copy++)
            {
                var offset = copy * Stride;
                var values = columns.Select(c =>
                    c == "Id" || references.Contains(c) ? $"CASE WHEN \"{c}\" IS NULL THEN NULL ELSE \"{c}\" + {offset} END"
                    : (table, c) is ("Companies", "VatNumber") or ("FollowUps", "RuleKey") ? $"CASE WHEN \"{c}\" IS NULL THEN NULL ELSE \"{c}\" || '#{copy}' END"
                    : $"\"{c}\"");
                await ExecuteAsync(connection, transaction,
                    $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", values)} FROM \"{table}\" WHERE Id < {Stride}");
            }
        }

        await transaction.CommitAsync();
    }

    private static async Task RunScaleAsync(StorageOptions storage, int scale, DateOnly day)
    {
        await using var db = new CrmDbContext(CrmDatabase.Options(storage));
        var companies = await db.Companies.CountAsync();
        var people = await db.Candidates.CountAsync();
        var activities = await db.Activities.CountAsync();
        var placements = await db.Placements.CountAsync();
        var vacancies = await db.Vacancies.CountAsync();
        Console.WriteLine($"x{scale}: {companies:N0} companies, {vacancies:N0} positions, {activities:N0} activities, {people:N0} people, {placements:N0} placements");

        var mail = new MailOptions();
        var asAt = new FollowUpScheduleOptions().DailyRunOn(day);
        var temp = Path.Combine(storage.DataFolder, "bench-index");
        using var context = new MatchingContext(storage.LocalSynonymsPath);
        using var index = new CandidateIndex(temp, context);
        var indexing = TimeProvider.System.GetTimestamp();
        var indexed = await IndexSynchronizer.RebuildAsync(db, index, CancellationToken.None);
        Console.WriteLine($"  index of {indexed:N0} active people built in {TimeProvider.System.GetElapsedTime(indexing).TotalSeconds:0.00} s");
        var times = new List<double>();
        var created = new List<int>();
        for (var run = 1; run <= 2; run++)
        {
            db.ChangeTracker.Clear();
            var rules = new FollowUpRules(db, new FollowUpRuleOptions(), new MatcherEligibleCaseloads(new CandidateMatcher(index)));
            var started = TimeProvider.System.GetTimestamp();
            var result = await new FollowUpDay(db, rules, mail, new MailDelivery(db, mail, TimeProvider.System)).RunAsync(day, asAt, CancellationToken.None);
            times.Add(TimeProvider.System.GetElapsedTime(started).TotalSeconds);
            created.Add(result.Rules.Created);
            Console.WriteLine($"  run {run}: created {result.Rules.Created} ({string.Join(", ", result.Rules.CreatedByRule.Select(r => $"{r.Key} {r.Value}"))}) in {times[^1]:0.00} s");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT scale={scale} companies={companies} people={people} first_created={created[0]} first_s={times[0]:0.00} second_created={created[1]} second_s={times[1]:0.00}"));
    }

    private static async Task<List<string>> ColumnsAsync(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        var columns = new List<string>();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    /// <summary>The columns of <paramref name="table"/> that refer to another work table (shifted with the copy).</summary>
    private static async Task<HashSet<string>> WorkReferencesAsync(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT \"table\", \"from\" FROM pragma_foreign_key_list('{table}')";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (WorkTables.Contains(reader.GetString(0)))
            {
                columns.Add(reader.GetString(1));
            }
        }

        return columns;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
