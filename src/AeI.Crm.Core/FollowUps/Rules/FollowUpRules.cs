using System.Globalization;
using AeI.Crm.Candidates;
using AeI.Crm.Caseloads;
using AeI.Crm.Companies;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Users;
using AeI.Crm.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.FollowUps.Rules;

/// <summary>
/// The rules that create follow-ups so that nobody forgets: a next step, a company left alone, a
/// position nobody answers, a company that does not reply, an internship ending, a hire to follow.
/// Every rule gives each follow-up a key (<see cref="FollowUp.RuleKey"/>, or the activity it comes
/// from); a key that exists is never created again, so a run repeated, or two runs at once, create
/// nothing twice, and a follow-up completed or postponed stays so.
/// </summary>
public sealed class FollowUpRules(CrmDbContext db, FollowUpRuleOptions options, IEligibleCaseloads eligible)
{
    public const string NextStep = "prossimo passo";
    public const string DormantCompany = "azienda da ricontattare";
    public const string IdleVacancy = "posizione senza candidature";
    public const string AwaitingAnswer = "risposta dell'azienda";
    public const string InternshipEnding = "tirocinio in scadenza";
    public const string RetentionCheck = "monitoraggio mantenimento";

    /// <summary>Runs every rule for <paramref name="today"/> (a day in Italy); <paramref name="now"/> stamps what it creates.</summary>
    public async Task<RuleRunResult> RunAsync(DateOnly today, DateTime now, CancellationToken ct)
    {
        var active = (await db.Users.AsNoTracking().Where(u => u.IsActive).Select(u => u.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var proposals = new List<(string Rule, FollowUp FollowUp)>();
        proposals.AddRange((await NextStepsAsync(today, now, ct)).Select(f => (NextStep, f)));
        proposals.AddRange((await DormantCompaniesAsync(today, now, ct)).Select(f => (DormantCompany, f)));
        proposals.AddRange((await IdleVacanciesAsync(today, now, ct)).Select(f => (IdleVacancy, f)));
        proposals.AddRange((await AwaitingAnswersAsync(today, now, ct)).Select(f => (AwaitingAnswer, f)));
        proposals.AddRange((await InternshipsEndingAsync(today, now, ct)).Select(f => (InternshipEnding, f)));
        proposals.AddRange((await RetentionChecksAsync(today, now, ct)).Select(f => (RetentionCheck, f)));
        proposals = proposals.Where(p => active.Contains(p.FollowUp.OwnerId)).ToList();

        // The keys are checked again inside a write transaction (SQLite lets one writer in at a
        // time), so a second run at the same moment waits and then finds them taken.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var keys = proposals.Where(p => p.FollowUp.RuleKey is not null).Select(p => p.FollowUp.RuleKey!).ToList();
        var activityIds = proposals.Where(p => p.FollowUp.ActivityId is not null).Select(p => p.FollowUp.ActivityId!.Value).ToList();
        var takenKeys = (await db.FollowUps.Where(f => f.RuleKey != null && keys.Contains(f.RuleKey)).Select(f => f.RuleKey!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var takenActivities = (await db.FollowUps.Where(f => f.ActivityId != null && activityIds.Contains(f.ActivityId.Value)).Select(f => f.ActivityId!.Value).ToListAsync(ct)).ToHashSet();
        var created = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [NextStep] = 0, [DormantCompany] = 0, [IdleVacancy] = 0, [AwaitingAnswer] = 0, [InternshipEnding] = 0, [RetentionCheck] = 0,
        };
        foreach (var (rule, followUp) in proposals)
        {
            var fresh = followUp.RuleKey is { } key ? takenKeys.Add(key) : takenActivities.Add(followUp.ActivityId!.Value);
            if (fresh)
            {
                db.FollowUps.Add(followUp);
                created[rule]++;
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RuleRunResult(created);
    }

    /// <summary>An activity with a next-step date: a follow-up for its author (the log makes it at once; this catches any it missed).</summary>
    private async Task<List<FollowUp>> NextStepsAsync(DateOnly today, DateTime now, CancellationToken ct)
    {
        var from = today.AddDays(-options.CatchUpDays);
        var rows = await db.Activities.AsNoTracking()
            .Where(a => a.NextStepOn != null && a.NextStepOn >= from && a.NextStep != null && a.NextStep != "")
            .Where(a => !db.FollowUps.Any(f => f.ActivityId == a.Id))
            .Select(a => new { a.Id, a.UserId, a.CompanyId, a.NextStep, a.NextStepOn })
            .ToListAsync(ct);
        return rows.Select(a => new FollowUp
        {
            OwnerId = a.UserId, ActivityId = a.Id, CompanyId = a.CompanyId, DueOn = a.NextStepOn!.Value,
            Subject = Trim(a.NextStep!), CreatedAt = now,
        }).ToList();
    }

    /// <summary>An active partner with no contact for N months: "ricontattare" for its account manager.</summary>
    private async Task<List<FollowUp>> DormantCompaniesAsync(DateOnly today, DateTime now, CancellationToken ct)
    {
        var before = today.AddMonths(-options.DormantCompanyMonths);
        var rows = await db.Companies.AsNoTracking()
            .Where(c => c.Status == RelationshipStatus.ActivePartner && c.AccountManagerId != null && c.LastContactOn != null && c.LastContactOn < before)
            .Select(c => new { c.Id, c.AccountManagerId, c.LastContactOn })
            .ToListAsync(ct);
        return rows.Select(c => new FollowUp
        {
            OwnerId = c.AccountManagerId!, CompanyId = c.Id, DueOn = today, CreatedAt = now,
            Subject = $"Ricontattare: nessun contatto dal {c.LastContactOn!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
            RuleKey = $"dormant:{c.Id}:{Day(c.LastContactOn.Value)}",
        }).ToList();
    }

    /// <summary>
    /// An open position with no candidate N days after it opened: for its account manager, and for the
    /// mediators of the caseloads where the matcher finds eligible people.
    /// </summary>
    private async Task<List<FollowUp>> IdleVacanciesAsync(DateOnly today, DateTime now, CancellationToken ct)
    {
        var openedBefore = today.AddDays(-options.IdleVacancyDays);
        var vacancies = await db.Vacancies.AsNoTracking().Include(v => v.Company)
            .Where(v => v.Status == VacancyStatus.Open && v.OpenedOn <= openedBefore && !v.Placements.Any())
            .ToListAsync(ct);
        if (vacancies.Count == 0)
        {
            return [];
        }

        var caseloads = await db.Caseloads.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Id).ToListAsync(ct);
        var mediators = (await db.CaseloadMemberships.AsNoTracking()
                .Where(m => m.User!.IsActive && db.UserRoles.Any(ur => ur.UserId == m.UserId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Mediator)))
                .Select(m => new { m.CaseloadId, m.UserId })
                .ToListAsync(ct))
            .ToLookup(m => m.CaseloadId, m => m.UserId);
        var result = new List<FollowUp>();
        foreach (var v in vacancies)
        {
            var days = today.DayNumber - v.OpenedOn.DayNumber;
            if ((v.OwnerId ?? v.Company?.AccountManagerId) is { } accountManager)
            {
                result.Add(IdleFollowUp(v, accountManager, $"Posizione aperta da {days} giorni senza candidature", today, now));
            }

            var withPeople = caseloads.Count == 0 ? [] : eligible.WithEligiblePeople(v, caseloads);
            foreach (var mediator in withPeople.SelectMany(id => mediators[id]).Distinct(StringComparer.Ordinal))
            {
                result.Add(IdleFollowUp(v, mediator, "Posizione senza candidature: nel tuo servizio ci sono persone adatte", today, now));
            }
        }

        return result;
    }

    private static FollowUp IdleFollowUp(Vacancy v, string ownerId, string subject, DateOnly today, DateTime now) => new()
    {
        OwnerId = ownerId, VacancyId = v.Id, CompanyId = v.CompanyId, DueOn = today, CreatedAt = now,
        Subject = subject, RuleKey = $"idle-vacancy:{v.Id}:{ownerId}",
    };

    /// <summary>A proposal or CV with no answer from the company for N days: a reminder to the person's mediator.</summary>
    private async Task<List<FollowUp>> AwaitingAnswersAsync(DateOnly today, DateTime now, CancellationToken ct)
    {
        var before = today.AddDays(-options.AwaitingAnswerDays);
        var rows = await db.Placements.AsNoTracking()
            .Where(p => (p.Stage == PlacementStage.Proposed && p.ProposedOn <= before) || (p.Stage == PlacementStage.CvSent && p.CvSentOn <= before))
            .Select(p => new { p.Id, p.Stage, p.VacancyId, p.CandidateId, Mediator = p.Candidate!.MediatorId ?? p.CreatedById, Since = p.CvSentOn ?? p.ProposedOn })
            .ToListAsync(ct);
        return rows.Where(p => p.Mediator is not null).Select(p => new FollowUp
        {
            OwnerId = p.Mediator!, PlacementId = p.Id, VacancyId = p.VacancyId, CandidateId = p.CandidateId, DueOn = today, CreatedAt = now,
            Subject = p.Stage == PlacementStage.CvSent
                ? $"Sollecitare l'azienda: CV inviato il {p.Since.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}, nessuna risposta"
                : $"Sollecitare l'azienda: proposta del {p.Since.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}, nessuna risposta",
            RuleKey = $"awaiting:{p.Id}:{(int)p.Stage}",
        }).ToList();
    }

    /// <summary>An internship ending within N days: for the mediator and the account manager.</summary>
    private async Task<List<FollowUp>> InternshipsEndingAsync(DateOnly today, DateTime now, CancellationToken ct)
    {
        var until = today.AddDays(options.InternshipEndingDays);
        var rows = await db.Placements.AsNoTracking()
            .Where(p => p.Stage == PlacementStage.Internship && p.InternshipEndOn != null && p.InternshipEndOn >= today && p.InternshipEndOn <= until)
            .Select(p => new
            {
                p.Id, p.VacancyId, p.CandidateId, p.InternshipEndOn,
                Mediator = p.Candidate!.MediatorId ?? p.CreatedById,
                AccountManager = p.Vacancy!.OwnerId ?? p.Vacancy.Company!.AccountManagerId,
            })
            .ToListAsync(ct);
        var result = new List<FollowUp>();
        foreach (var p in rows)
        {
            foreach (var owner in new[] { p.Mediator, p.AccountManager }.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                result.Add(new FollowUp
                {
                    OwnerId = owner, PlacementId = p.Id, VacancyId = p.VacancyId, CandidateId = p.CandidateId, DueOn = today, CreatedAt = now,
                    Subject = $"Tirocinio in scadenza il {p.InternshipEndOn!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}: decidere il seguito",
                    RuleKey = $"internship-end:{p.Id}:{Day(p.InternshipEndOn.Value)}:{owner}",
                });
            }
        }

        return result;
    }

    /// <summary>30, 90 and 180 days after a hire: "monitoraggio mantenimento del posto" for the mediator.</summary>
    private async Task<List<FollowUp>> RetentionChecksAsync(DateOnly today, DateTime now, CancellationToken ct)
    {
        var days = options.RetentionDays;
        if (days.Count == 0)
        {
            return [];
        }

        var earliest = today.AddDays(-days.Max() - options.CatchUpDays);
        var rows = await db.Placements.AsNoTracking()
            .Where(p => p.Stage == PlacementStage.Hired && p.HiredOn != null && p.HiredOn >= earliest && p.HiredOn <= today)
            .Select(p => new { p.Id, p.VacancyId, p.CandidateId, p.HiredOn, Mediator = p.Candidate!.MediatorId ?? p.CreatedById })
            .ToListAsync(ct);
        var result = new List<FollowUp>();
        foreach (var p in rows.Where(p => p.Mediator is not null))
        {
            foreach (var d in days)
            {
                var due = p.HiredOn!.Value.AddDays(d);
                if (due <= today && due >= today.AddDays(-options.CatchUpDays))
                {
                    result.Add(new FollowUp
                    {
                        OwnerId = p.Mediator!, PlacementId = p.Id, VacancyId = p.VacancyId, CandidateId = p.CandidateId, DueOn = due, CreatedAt = now,
                        Subject = $"Monitoraggio mantenimento del posto: {d} giorni dall'assunzione",
                        RuleKey = $"retention:{p.Id}:{d}",
                    });
                }
            }
        }

        return result;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Trim(string s) => s.Length <= 200 ? s : s[..200];
}
