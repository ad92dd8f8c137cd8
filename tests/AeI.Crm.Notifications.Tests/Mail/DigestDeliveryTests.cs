using AeI.Crm.FollowUps.Rules;
using AeI.Crm.Mail;
using AeI.Crm.Notifications.Digests;
using AeI.Crm.Notifications.Mail;
using AeI.Crm.Notifications.Scheduling;
using AeI.Crm.Notifications.Tests.Infrastructure;
using AeI.Crm.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace AeI.Crm.Notifications.Tests.Mail;

/// <summary>The digest, end to end: real SQLite file, real SMTP server on loopback, a fake clock.</summary>
public sealed class DigestDeliveryTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 12, 15); // a Tuesday
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 15, 6, 30, 0, TimeSpan.Zero));
    private World _world = null!;

    public async Task InitializeAsync() => _world = await World.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task<FollowUpDayResult> RunDayAsync(MailOptions mail, DateOnly? day = null)
    {
        await using var db = _world.Db();
        var rules = new FollowUpRules(db, new FollowUpRuleOptions(), new NoEligiblePeople());
        var delivery = new MailDelivery(db, mail, _clock);
        var d = day ?? Day;
        return await new FollowUpDay(db, rules, mail, delivery).RunAsync(d, new FollowUpScheduleOptions().DailyRunOn(d), CancellationToken.None);
    }

    private async Task<DeliveryResult> DeliverAsync(MailOptions mail)
    {
        await using var db = _world.Db();
        return await new MailDelivery(db, mail, _clock).DeliverDueAsync(_clock.GetUtcNow().UtcDateTime, CancellationToken.None);
    }

    private async Task<List<OutboundMessage>> LogAsync()
    {
        await using var db = _world.Db();
        return await db.OutboundMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    [Fact]
    public async Task The_digest_lists_the_due_and_overdue_follow_ups_with_links_and_no_sensitive_data()
    {
        var person = await _world.AddPersonAsync();
        await _world.AddFollowUpAsync("am", Day, "Richiamare il 15 per la visita", companyId: _world.Company.Id);
        await _world.AddFollowUpAsync("am", Day.AddDays(-3), "Mandare la convenzione", companyId: _world.Company.Id);
        await _world.AddFollowUpAsync("am", Day.AddDays(1), "Domani, non oggi");
        await _world.AddFollowUpAsync("med", Day, "Colloquio di monitoraggio", candidateId: person.Id);
        await using var smtp = TestSmtpServer.Start();

        var result = await RunDayAsync(World.Mail(smtp.Port));

        Assert.Equal(2, result.DigestsQueued);
        Assert.Equal(2, result.Delivery.Sent);
        var am = Assert.Single(smtp.Received, m => m.To.Mailboxes.Single().Address == "am@aei.test");
        Assert.Contains("2 da fare, 1 scadute", am.Subject, StringComparison.Ordinal);
        Assert.Contains("Richiamare il 15 per la visita", am.TextBody, StringComparison.Ordinal);
        Assert.Contains("Mandare la convenzione", am.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("(scaduta)", am.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://crm.aei.test/Companies/Details/{_world.Company.Id}", am.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Panificio Brambilla", am.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Domani, non oggi", am.TextBody, StringComparison.Ordinal);

        var med = Assert.Single(smtp.Received, m => m.To.Mailboxes.Single().Address == "med@aei.test");
        Assert.Contains("Persona F.H.", med.TextBody, StringComparison.Ordinal);
        foreach (var body in new[] { med.TextBody, med.HtmlBody, am.TextBody, am.HtmlBody })
        {
            Assert.DoesNotContain("Fatima", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Haddad", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("invalidit", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("detenut", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Nota riservata", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_same_day_run_twice_sends_one_digest()
    {
        await _world.AddFollowUpAsync("am", Day, "Richiamare", companyId: _world.Company.Id);
        await using var smtp = TestSmtpServer.Start();

        var first = await RunDayAsync(World.Mail(smtp.Port));
        var second = await RunDayAsync(World.Mail(smtp.Port));

        Assert.Equal((1, 1), (first.DigestsQueued, first.Delivery.Sent));
        Assert.Equal((0, 0), (second.DigestsQueued, second.Delivery.Sent));
        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task Two_workers_running_the_same_day_at_once_send_one_digest_per_user()
    {
        await _world.AddFollowUpAsync("am", Day, "Richiamare", companyId: _world.Company.Id);
        await _world.AddFollowUpAsync("med", Day, "Chiamare per esito colloquio");
        await using var smtp = TestSmtpServer.Start();
        var mail = World.Mail(smtp.Port);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RunDayAsync(mail))));

        Assert.Equal(2, runs.Sum(r => r.DigestsQueued));
        Assert.Equal(2, runs.Sum(r => r.Delivery.Sent));
        Assert.Equal(2, smtp.Received.Count);
        Assert.Equal(2, smtp.Received.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
    }

    [Fact]
    public async Task With_the_server_down_the_digest_waits_and_is_delivered_once_when_it_is_back()
    {
        await _world.AddFollowUpAsync("am", Day, "Richiamare", companyId: _world.Company.Id);
        var port = TestSmtpServer.FreePort();
        var mail = World.Mail(port);

        var down = await RunDayAsync(mail);
        Assert.Equal((1, 0, 1), (down.DigestsQueued, down.Delivery.Sent, down.Delivery.Retrying));
        var queued = Assert.Single(await LogAsync());
        Assert.Equal(MessageStatus.Queued, queued.Status);
        Assert.Contains("non raggiungibile", queued.LastError, StringComparison.Ordinal);

        await using var smtp = TestSmtpServer.Start(port);
        Assert.Equal(0, (await DeliverAsync(mail)).Sent); // not before its backoff
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, (await DeliverAsync(mail)).Sent);
        Assert.Equal(0, (await DeliverAsync(mail)).Sent);
        _clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(0, (await RunDayAsync(mail)).Delivery.Sent);

        Assert.Single(smtp.Received);
        Assert.Equal(MessageStatus.Sent, Assert.Single(await LogAsync()).Status);
    }

    [Fact]
    public async Task A_permanent_refusal_marks_the_message_failed_and_it_is_not_tried_again()
    {
        await _world.AddFollowUpAsync("am", Day, "Richiamare", companyId: _world.Company.Id);
        await using var smtp = TestSmtpServer.Start();
        smtp.ReplyToData = new SmtpServer.Protocol.SmtpResponse((SmtpServer.Protocol.SmtpReplyCode)550, "mailbox unavailable");
        var mail = World.Mail(smtp.Port);

        var run = await RunDayAsync(mail);
        smtp.ReplyToData = null;
        _clock.Advance(TimeSpan.FromDays(1));
        var later = await DeliverAsync(mail);

        Assert.Equal(1, run.Delivery.Failed);
        Assert.Equal(0, later.Sent);
        var message = Assert.Single(await LogAsync());
        Assert.Equal(MessageStatus.Failed, message.Status);
        Assert.Equal(1, message.Attempts);
        Assert.Contains("550", message.LastError, StringComparison.Ordinal);
        Assert.Empty(smtp.Received);
    }

    [Fact]
    public async Task A_temporary_refusal_is_retried()
    {
        await _world.AddFollowUpAsync("am", Day, "Richiamare", companyId: _world.Company.Id);
        await using var smtp = TestSmtpServer.Start();
        smtp.ReplyToData = new SmtpServer.Protocol.SmtpResponse((SmtpServer.Protocol.SmtpReplyCode)451, "local error, try later");
        var mail = World.Mail(smtp.Port);

        var run = await RunDayAsync(mail);
        smtp.ReplyToData = null;
        _clock.Advance(TimeSpan.FromMinutes(2));
        var retry = await DeliverAsync(mail);

        Assert.Equal(1, run.Delivery.Retrying);
        Assert.Equal(1, retry.Sent);
        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task A_connection_lost_after_the_data_is_not_resent_blindly()
    {
        await _world.AddFollowUpAsync("am", Day, "Richiamare", companyId: _world.Company.Id);
        await using var peer = new DroppingSmtpPeer();
        var mail = World.Mail(peer.Port);

        var run = await RunDayAsync(mail);
        _clock.Advance(TimeSpan.FromHours(1));
        var again = await RunDayAsync(mail);

        Assert.Equal(1, run.Delivery.Uncertain);
        Assert.Equal(0, again.Delivery.Sent + again.Delivery.Uncertain);
        Assert.Equal(1, peer.MessagesReceived);
        var message = Assert.Single(await LogAsync());
        Assert.Equal(MessageStatus.Uncertain, message.Status);
        Assert.Contains("potrebbe averlo accettato", message.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sender_that_stopped_between_send_and_log_leaves_the_message_uncertain_never_sent_twice()
    {
        await _world.AddFollowUpAsync("am", Day, "Richiamare", companyId: _world.Company.Id);
        await using var smtp = TestSmtpServer.Start();
        var mail = World.Mail(smtp.Port);
        await using (var db = _world.Db())
        {
            await new DigestPlanner(db, mail).QueueAsync(Day, _clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            // What a killed process leaves: the claim taken, the send done, the log not written.
            await db.OutboundMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MessageStatus.Sending).SetProperty(m => m.ClaimedUtc, _clock.GetUtcNow().UtcDateTime).SetProperty(m => m.Attempts, 1));
        }

        var meanwhile = await DeliverAsync(mail);
        _clock.Advance(TimeSpan.FromMinutes(10));
        var afterRestart = await DeliverAsync(mail);

        Assert.Equal(0, meanwhile.Sent);
        Assert.Equal(0, afterRestart.Sent);
        Assert.Empty(smtp.Received);
        var message = Assert.Single(await LogAsync());
        Assert.Equal(MessageStatus.Uncertain, message.Status);

        // An administrator who checked decides to send it again.
        await using (var db = _world.Db())
        {
            Assert.True(await new MailDelivery(db, mail, _clock).RequeueAsync(message.Id, CancellationToken.None));
        }

        Assert.Equal(1, (await DeliverAsync(mail)).Sent);
        Assert.Single(smtp.Received);
    }

    [Theory]
    [InlineData("2026-12-08")] // Immacolata
    [InlineData("2027-03-29")] // Pasquetta
    [InlineData("2026-12-19")] // Saturday
    public async Task No_digest_on_a_day_that_is_not_a_working_day(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        await _world.AddFollowUpAsync("am", day, "Richiamare", companyId: _world.Company.Id);
        await using var smtp = TestSmtpServer.Start();

        var run = await RunDayAsync(World.Mail(smtp.Port), day);

        Assert.False(run.WorkingDay);
        Assert.Equal(0, run.DigestsQueued);
        Assert.Empty(smtp.Received);
    }

    [Fact]
    public async Task A_user_who_wants_no_e_mail_gets_no_digest()
    {
        await _world.AddFollowUpAsync("am", Day, "Richiamare", companyId: _world.Company.Id);
        await using (var db = _world.Db())
        {
            await db.Users.Where(u => u.Id == "am").ExecuteUpdateAsync(s => s.SetProperty(u => u.Notifications, NotificationPreference.None));
        }

        await using var smtp = TestSmtpServer.Start();
        var run = await RunDayAsync(World.Mail(smtp.Port));

        Assert.Equal(0, run.DigestsQueued);
        Assert.Empty(smtp.Received);
    }

    [Fact]
    public async Task With_no_smtp_host_nothing_is_queued_and_the_rules_still_run()
    {
        await _world.AddFollowUpAsync("am", Day, "Richiamare", companyId: _world.Company.Id);

        var run = await RunDayAsync(new MailOptions());

        Assert.False(run.MailEnabled);
        Assert.Equal(0, run.DigestsQueued);
        Assert.Empty(await LogAsync());
    }

    private sealed class NoEligiblePeople : IEligibleCaseloads
    {
        public IReadOnlyList<int> WithEligiblePeople(Vacancies.Vacancy vacancy, IReadOnlyList<Caseloads.Caseload> caseloads) => [];
    }
}
