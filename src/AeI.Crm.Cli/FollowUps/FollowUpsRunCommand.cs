using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AeI.Crm.FollowUps.Rules;
using AeI.Crm.Matching;
using AeI.Crm.Matching.FollowUps;
using AeI.Crm.Matching.Indexing;
using AeI.Crm.Matching.Ranking;
using AeI.Crm.Notifications.Mail;
using AeI.Crm.Notifications.Scheduling;
using AeI.Crm.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace AeI.Crm.Cli.FollowUps;

/// <summary>
/// followups-run --date YYYY-MM-DD [--data FOLDER]: the scheduler's daily work for a given day, as at
/// its daily moment (07:30 in Rome): the rules, the digests due that day, a delivery pass. With the
/// app's settings (<c>Storage:*</c>, <c>Mail:*</c>, <c>FollowUps:*</c>). Safe to run twice and while
/// the app runs: what was created or sent is not created or sent again.
/// </summary>
public static class FollowUpsRunCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--date");
        if (at < 0 || at + 1 >= args.Length || !DateOnly.TryParseExact(args[at + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            Console.Error.WriteLine("Usage: followups-run --date YYYY-MM-DD [--data FOLDER]");
            return 2;
        }

        var configuration = CliSettings.Load(args);
        var storage = CliSettings.Storage(configuration, args);
        var mail = Bind<MailOptions>(configuration, MailOptions.Section);
        var ruleOptions = Bind<FollowUpRuleOptions>(configuration, FollowUpRuleOptions.Section);
        var schedule = Bind<FollowUpScheduleOptions>(configuration, FollowUpScheduleOptions.Section);
        var errors = Errors(mail).Concat(Errors(ruleOptions)).Concat(Errors(schedule)).ToList();
        if (errors.Count > 0)
        {
            errors.ForEach(e => Console.Error.WriteLine($"Invalid setting: {e}"));
            return 2;
        }

        if (!File.Exists(storage.DatabasePath))
        {
            Console.Error.WriteLine($"No database at {storage.DatabasePath}: start the app once, pass its data folder with --data, or set Storage__DataFolder.");
            return 2;
        }

        var asAt = schedule.DailyRunOn(day);
        Console.WriteLine($"Database: {storage.DatabasePath}");
        Console.WriteLine($"Day: {day:yyyy-MM-dd}, as at {ItalianCalendar.LocalTime(asAt):HH:mm} Europe/Rome ({asAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC)");
        await using var db = new CrmDbContext(CrmDatabase.Options(storage));
        await db.Database.MigrateAsync();

        // The matcher reads a private copy of the index, built from the database: the app's own
        // index may be open for writing (one writer at a time), and the copy is never stale.
        var temp = Path.Combine(Path.GetTempPath(), $"aei-crm-followups-{Guid.NewGuid():N}");
        try
        {
            using var context = new MatchingContext(storage.LocalSynonymsPath);
            using (var index = new CandidateIndex(temp, context))
            {
                await IndexSynchronizer.RebuildAsync(db, index, CancellationToken.None);
                var rules = new FollowUpRules(db, ruleOptions, new MatcherEligibleCaseloads(new CandidateMatcher(index)));
                var delivery = new MailDelivery(db, mail, TimeProvider.System);
                var started = TimeProvider.System.GetTimestamp();
                var result = await new FollowUpDay(db, rules, mail, delivery).RunAsync(day, asAt, CancellationToken.None);
                Print(result, TimeProvider.System.GetElapsedTime(started));
                return 0;
            }
        }
        finally
        {
            try
            {
                Directory.Delete(temp, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    }

    private static void Print(FollowUpDayResult r, TimeSpan elapsed)
    {
        foreach (var (rule, count) in r.Rules.CreatedByRule)
        {
            Console.WriteLine($"  follow-ups created, {rule}: {count}");
        }

        if (!r.MailEnabled)
        {
            Console.WriteLine("E-mail is off (no Mail:Smtp:Host): no digest queued or sent.");
        }
        else if (!r.WorkingDay)
        {
            Console.WriteLine($"{r.Day:yyyy-MM-dd} is not a working day in Italy (weekend or public holiday): no digests.");
        }
        else
        {
            Console.WriteLine($"Digests queued: {r.DigestsQueued}");
        }

        var d = r.Delivery;
        Console.WriteLine($"Delivery: sent {d.Sent}, failed {d.Failed}, to retry {d.Retrying}, uncertain {d.Uncertain}");
        Console.WriteLine($"Elapsed: {elapsed.TotalSeconds:0.00} s");
        Console.WriteLine($"RESULT created={r.Rules.Created} sent={d.Sent} failed={d.NotDelivered}");
    }

    private static T Bind<T>(IConfiguration configuration, string section)
        where T : new() => configuration.GetSection(section).Get<T>() ?? new T();

    private static IEnumerable<string> Errors(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? "invalid");
    }
}
