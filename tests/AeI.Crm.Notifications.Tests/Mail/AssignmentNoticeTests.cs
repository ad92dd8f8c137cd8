using AeI.Crm.Mail;
using AeI.Crm.Notifications.Digests;
using AeI.Crm.Notifications.Mail;
using AeI.Crm.Notifications.Tests.Infrastructure;
using AeI.Crm.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace AeI.Crm.Notifications.Tests.Mail;

/// <summary>The e-mail sent at once when a colleague hands over a follow-up: real SQLite file, real SMTP server on loopback.</summary>
public sealed class AssignmentNoticeTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 12, 15);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 15, 9, 0, 0, TimeSpan.Zero));
    private World _world = null!;

    public async Task InitializeAsync() => _world = await World.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    /// <summary>What the page does: reassign and add the notice in one save, then deliver that message.</summary>
    private async Task<(OutboundMessage? Message, DeliveryResult? Delivery)> ReassignAsync(int followUpId, string from, string to, MailOptions mail)
    {
        await using var db = _world.Db();
        var followUp = await db.FollowUps.SingleAsync(f => f.Id == followUpId);
        followUp.ReassignTo(to, from);
        var message = await AssignmentNotice.AddAsync(db, mail, followUp, from, _clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        await db.SaveChangesAsync();
        if (message is null)
        {
            return (null, null);
        }

        var delivery = await new MailDelivery(db, mail, _clock).DeliverDueAsync(_clock.GetUtcNow().UtcDateTime, CancellationToken.None, message.Id);
        return (message, delivery);
    }

    [Fact]
    public async Task The_new_owner_gets_one_e_mail_naming_who_gave_it_with_links_and_no_sensitive_data()
    {
        var person = await _world.AddPersonAsync();
        var followUp = await _world.AddFollowUpAsync("med", Day.AddDays(2), "Sentire l'azienda dopo il colloquio", companyId: _world.Company.Id, candidateId: person.Id);
        await using var smtp = TestSmtpServer.Start();

        var (message, delivery) = await ReassignAsync(followUp.Id, "med", "am", World.Mail(smtp.Port));

        Assert.NotNull(message);
        Assert.Equal(1, delivery!.Sent);
        var mail = Assert.Single(smtp.Received);
        Assert.Equal("am@aei.test", mail.To.Mailboxes.Single().Address);
        Assert.Equal("Nuova attività da Giulia Bianchi: entro il 17/12/2026", mail.Subject);
        Assert.Contains("Sentire l'azienda dopo il colloquio", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://crm.aei.test/Companies/Details/{_world.Company.Id}", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("F.H.", mail.TextBody, StringComparison.Ordinal);
        foreach (var body in new[] { mail.TextBody, mail.HtmlBody })
        {
            Assert.DoesNotContain("Fatima", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Haddad", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Nota riservata", body, StringComparison.Ordinal);
            Assert.DoesNotContain("invalidit", body, StringComparison.OrdinalIgnoreCase);
        }

        await using var db = _world.Db();
        var logged = await db.OutboundMessages.AsNoTracking().SingleAsync();
        Assert.Equal(MessageStatus.Sent, logged.Status);
        Assert.Equal(MessageKind.Assignment, logged.Kind);
        Assert.Equal("am", (await db.FollowUps.AsNoTracking().SingleAsync(f => f.Id == followUp.Id)).OwnerId);
    }

    [Fact]
    public async Task Delivering_the_notice_again_sends_nothing_more()
    {
        var followUp = await _world.AddFollowUpAsync("med", Day, "Portare la convenzione");
        await using var smtp = TestSmtpServer.Start();
        var mail = World.Mail(smtp.Port);
        var (message, _) = await ReassignAsync(followUp.Id, "med", "am", mail);

        await using var db = _world.Db();
        var again = await new MailDelivery(db, mail, _clock).DeliverDueAsync(_clock.GetUtcNow().UtcDateTime, CancellationToken.None, message!.Id);

        Assert.Equal(0, again.Sent);
        Assert.Single(smtp.Received);
    }

    [Theory]
    [InlineData(NotificationPreference.DigestOnly)]
    [InlineData(NotificationPreference.None)]
    public async Task A_user_who_wants_no_immediate_e_mail_gets_none(NotificationPreference preference)
    {
        await using (var db = _world.Db())
        {
            (await db.Users.SingleAsync(u => u.Id == "am")).Notifications = preference;
            await db.SaveChangesAsync();
        }

        var followUp = await _world.AddFollowUpAsync("med", Day, "Portare la convenzione");
        await using var smtp = TestSmtpServer.Start();

        var (message, _) = await ReassignAsync(followUp.Id, "med", "am", World.Mail(smtp.Port));

        Assert.Null(message);
        Assert.Empty(smtp.Received);
        await using var check = _world.Db();
        Assert.Equal("am", (await check.FollowUps.AsNoTracking().SingleAsync(f => f.Id == followUp.Id)).OwnerId);
    }

    [Fact]
    public async Task Taking_back_ones_own_follow_up_sends_nothing()
    {
        var followUp = await _world.AddFollowUpAsync("am", Day, "Richiamare");
        await using var smtp = TestSmtpServer.Start();

        var (message, _) = await ReassignAsync(followUp.Id, "am", "am", World.Mail(smtp.Port));

        Assert.Null(message);
        Assert.Empty(smtp.Received);
    }
}
