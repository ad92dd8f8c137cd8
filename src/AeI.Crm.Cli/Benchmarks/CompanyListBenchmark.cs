using System.Diagnostics;
using System.Globalization;
using AeI.Crm.Companies;
using AeI.Crm.Persistence;
using Bogus;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Cli.Benchmarks;

/// <summary>
/// Times the company list (the same filters and sort orders as /Companies, count plus a page of
/// 50 rows projected like the page's rows) on a real SQLite file holding N companies.
/// </summary>
public static class CompanyListBenchmark
{
    private const int PageSize = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = IntOption(args, "--rows", 35_000);
        var runs = IntOption(args, "--runs", 30);
        var folder = Path.Combine(Path.GetTempPath(), "aei-crm-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var options = CrmDatabase.Options(new StorageOptions { DataFolder = folder, DatabaseFile = "bench.db" });
            var today = new DateOnly(2026, 11, 24);
            await using (var db = new CrmDbContext(options))
            {
                await DatabaseInitializer.InitializeAsync(db);
                var fill = Stopwatch.StartNew();
                await FillAsync(db, rows, today);
                Console.WriteLine($"filled {rows:N0} companies in {fill.Elapsed.TotalSeconds:0.0} s");
            }

            var cases = new (string Name, CompanyFilter Filter, int Page)[]
            {
                ("first page by name", new(), 1),
                ("last page by name", new(), int.MaxValue),
                ("search name 'ROSSI'", new() { Q = "rossi" }, 1),
                ("search VAT prefix", new() { Q = "100001" }, 1),
                ("search municipality 'Rho'", new() { Q = "Rho" }, 1),
                ("status + province", new() { Status = RelationshipStatus.Contacted, Province = "MI" }, 1),
                ("no contact 6 months, by last contact", new() { NoContactMonths = 6, Sort = "contact" }, 1),
                ("law-68 quota uncovered, by employees", new() { QuotaUncovered = true, Sort = "-employees" }, 1),
            };

            Console.WriteLine($"{"query",-40} {"rows",8} {"p50 ms",8} {"p95 ms",8}");
            foreach (var (name, filter, wantedPage) in cases)
            {
                var times = new List<double>();
                var total = 0;
                for (var i = 0; i < runs; i++)
                {
                    await using var db = new CrmDbContext(options);
                    var sw = Stopwatch.StartNew();
                    var query = CompanyListQuery.Apply(db.Companies.AsNoTracking(), db, filter, today);
                    total = await query.CountAsync();
                    var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
                    var page = Math.Clamp(wantedPage, 1, pages);
                    var items = await CompanyListQuery.Sort(query, filter.Sort)
                        .Skip((page - 1) * PageSize).Take(PageSize)
                        .Select(c => new { c.Id, c.LegalName, c.VatNumber, Municipality = c.Municipality!.Name, c.Municipality.ProvinceCode, c.Status, Am = c.AccountManager!.FullName, c.EmployeeCount, c.Law68QuotaTotal, c.ProtectedWorkersEmployed, c.LastContactOn })
                        .ToListAsync();
                    sw.Stop();
                    if (i > 0)
                    {
                        times.Add(sw.Elapsed.TotalMilliseconds);
                    }

                    GC.KeepAlive(items);
                }

                times.Sort();
                Console.WriteLine($"{name,-40} {total,8} {Percentile(times, 50),8:0.00} {Percentile(times, 95),8:0.00}");
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task FillAsync(CrmDbContext db, int rows, DateOnly today)
    {
        var municipalities = await db.Municipalities.Where(m => m.Region == "Lombardia").Select(m => m.IstatCode).ToListAsync();
        var faker = new Faker("it") { Random = new Randomizer(35) };
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < rows; i++)
        {
            var first = (1_000_000_000L + i).ToString(CultureInfo.InvariantCulture)[..10];
            var company = new Company
            {
                VatNumber = first + PartitaIva.ComputeCheckDigit(first),
                MunicipalityIstat = faker.PickRandom(municipalities),
                Status = faker.PickRandom<RelationshipStatus>(),
                AtecoCode = "56.10",
                AtecoSection = "I",
                LastContactOn = faker.Random.Bool(0.8f) ? today.AddDays(-faker.Random.Int(0, 1500)) : null,
                CreatedAt = new DateTime(2020, 1, 1),
            };
            company.Rename($"{faker.Name.LastName()} {faker.PickRandom("Servizi", "Logistica", "Ristorazione", "Meccanica")} {i} S.r.l.");
            company.SetEmployees(faker.Random.Int(1, 400));
            company.ProtectedWorkersEmployed = faker.Random.Int(0, company.Law68QuotaTotal);
            db.Companies.Add(company);
            if (i % 5000 == 4999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
    }

    private static double Percentile(List<double> sorted, int p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];

    private static int IntOption(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
