using System.Diagnostics;
using Activity = AeI.Crm.Activities.Activity;
using System.Globalization;
using AeI.Crm.Activities;
using AeI.Crm.Mail;
using AeI.Crm.Notifications.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Notifications.Tests.Cli;

/// <summary>
/// The issue's "done when", as an operator runs it: an account manager logs a visit with "richiamare
/// il 15"; <c>followups-run --date</c> (the CLI as a child process, settings from the environment as
/// the app reads them) sends him exactly one e-mail listing it through a real SMTP server; the same
/// command again sends nothing.
/// </summary>
public sealed class FollowUpsRunCommandTests : IAsyncLifetime
{
    private World _world = null!;

    public async Task InitializeAsync() => _world = await World.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task The_visit_s_next_step_is_e_mailed_once_on_its_day_and_a_second_run_sends_nothing()
    {
        await using (var db = _world.Db())
        {
            await ActivityLog.LogAsync(db, new Activity
            {
                CompanyId = _world.Company.Id,
                Type = ActivityType.OnSiteVisit,
                OccurredAt = new DateTime(2026, 12, 1, 10, 0, 0),
                UserId = _world.AccountManager.Id,
                Outcome = ActivityOutcome.Positive,
                Notes = "Visita in sede: interessati a due magazzinieri, invalidità da discutere",
                NextStep = "Richiamare il 15 per le due posizioni",
                NextStepOn = new DateOnly(2026, 12, 15),
            }, new DateTime(2026, 12, 1, 10, 30, 0), CancellationToken.None);
        }

        await using var smtp = TestSmtpServer.Start();

        var first = await RunAsync(smtp.Port);
        var second = await RunAsync(smtp.Port);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("RESULT created=", first.LastLine, StringComparison.Ordinal);
        Assert.EndsWith(" sent=1 failed=0", first.LastLine, StringComparison.Ordinal);
        Assert.Equal("RESULT created=0 sent=0 failed=0", second.LastLine);
        var mail = Assert.Single(smtp.Received);
        Assert.Equal(_world.AccountManager.Email, mail.To.Mailboxes.Single().Address);
        Assert.Contains("Richiamare il 15 per le due posizioni", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Panificio Brambilla", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("invalidit", mail.TextBody + mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        await using var check = _world.Db();
        var logged = Assert.Single(await check.OutboundMessages.AsNoTracking().ToListAsync());
        Assert.Equal(MessageStatus.Sent, logged.Status);
        Assert.Equal($"digest:{_world.AccountManager.Id}:2026-12-15", logged.Key);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_refused_with_usage()
    {
        var run = await RunAsync(port: null, date: "15/12/2026");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage: followups-run --date YYYY-MM-DD", run.Error, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string LastLine, string Error)> RunAsync(int? port, string date = "2026-12-15")
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "aei-crm.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "followups-run", "--date", date, "--data", _world.Folder },
            WorkingDirectory = _world.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (port is { } p)
        {
            start.Environment["Mail__From"] = "Gruppo Aziende <crm@aei.test>";
            start.Environment["Mail__AppUrl"] = "https://crm.aei.test";
            start.Environment["Mail__Smtp__Host"] = "127.0.0.1";
            start.Environment["Mail__Smtp__Port"] = p.ToString(CultureInfo.InvariantCulture);
            start.Environment["Mail__Smtp__Security"] = "None";
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (process.ExitCode, lines.LastOrDefault() ?? "", await error);
    }
}
