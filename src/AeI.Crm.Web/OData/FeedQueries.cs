using System.Linq.Expressions;
using System.Reflection;
using AeI.Crm.Access;
using AeI.Crm.Activities;
using AeI.Crm.Candidates;
using AeI.Crm.Caseloads;
using AeI.Crm.Companies;
using AeI.Crm.Contacts;
using AeI.Crm.FollowUps;
using AeI.Crm.Persistence;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.OData;

/// <summary>
/// The feed's rows for one reader, as queries the OData options compose onto. Access is decided here,
/// in the data layer, for the entity sets and for every navigation an $expand can reach: placements
/// through <see cref="PeopleAccess"/> wherever they appear, people shaped per row (full for the
/// mediators of their caseload, pseudonymous for everyone else), follow-ups' subjects only for their owner.
/// </summary>
public sealed class FeedQueries(CrmDbContext db, Viewer viewer)
{
    private static readonly Expression<Func<Company, CompanyRow>> CompanyFlat = c => new CompanyRow
    {
        Id = c.Id,
        LegalName = c.LegalName,
        VatNumber = c.VatNumber,
        AtecoCode = c.AtecoCode,
        AtecoSection = c.AtecoSection,
        EmployeeCount = c.EmployeeCount,
        Law68QuotaTotal = c.Law68QuotaTotal,
        ProtectedWorkersEmployed = c.ProtectedWorkersEmployed,
        MunicipalityIstat = c.MunicipalityIstat,
        Municipality = c.Municipality != null ? c.Municipality.Name : null,
        Province = c.Municipality != null ? c.Municipality.ProvinceCode : null,
        Status = c.Status.ToString(),
        AccountManagerId = c.AccountManagerId,
        LastContactOn = c.LastContactOn,
    };

    private static readonly Expression<Func<Contact, ContactRow>> ContactFlat = k => new ContactRow
    {
        Id = k.Id,
        CompanyId = k.CompanyId,
        FullName = k.FullName,
        Role = k.Role,
        Email = k.Email,
        Phone = k.Phone,
        ConsentToContact = k.ConsentToContact,
    };

    private static readonly Expression<Func<Vacancy, VacancyRow>> VacancyFlat = v => new VacancyRow
    {
        Id = v.Id,
        CompanyId = v.CompanyId,
        Title = v.Title,
        OccupationLabel = v.OccupationLabel,
        Contract = v.Contract.ToString(),
        Hours = v.Hours.ToString(),
        Shifts = v.Shifts,
        WorkMunicipalityIstat = v.WorkMunicipalityIstat,
        Openings = v.Openings,
        Law68Reservation = v.Law68Reservation.ToString(),
        Status = v.Status.ToString(),
        OpenedOn = v.OpenedOn,
        OpenedYear = v.OpenedOn.Year,
        OpenedMonth = v.OpenedOn.Month,
        ClosedOn = v.ClosedOn,
        OwnerId = v.OwnerId,
    };

    private static readonly Expression<Func<Placement, PlacementRow>> PlacementFlat = p => new PlacementRow
    {
        Id = p.Id,
        CandidateId = p.CandidateId,
        VacancyId = p.VacancyId,
        CaseloadId = p.Candidate!.CaseloadId,
        Stage = p.Stage.ToString(),
        ProposedOn = p.ProposedOn,
        ProposedYear = p.ProposedOn.Year,
        CvSentOn = p.CvSentOn,
        InterviewOn = p.InterviewOn,
        InternshipStartOn = p.InternshipStartOn,
        InternshipEndOn = p.InternshipEndOn,
        HiredOn = p.HiredOn,
        HiredYear = p.HiredOn != null ? p.HiredOn.Value.Year : null,
        HiredContract = p.HiredContract != null ? p.HiredContract.ToString() : null,
        EndedOn = p.EndedOn,
    };

    private Expression<Func<Candidate, CandidateRow>> CandidateFlat()
    {
        var full = viewer.IsMediator ? viewer.CaseloadIds.ToList() : [];
        return c => new CandidateRow
        {
            Id = c.Id,
            CaseloadId = c.CaseloadId,
            Status = c.Status.ToString(),
            TakenInChargeOn = c.TakenInChargeOn,
            ClosedOn = c.ClosedOn,
            ClosureOutcome = c.ClosureOutcome != null ? c.ClosureOutcome.ToString() : null,
            Education = c.Education.ToString(),
            FullView = full.Contains(c.CaseloadId),
            FirstName = full.Contains(c.CaseloadId) ? c.FirstName : null,
            LastName = full.Contains(c.CaseloadId) ? c.LastName : null,
            Email = full.Contains(c.CaseloadId) ? c.Email : null,
            Phone = full.Contains(c.CaseloadId) ? c.Phone : null,
            BirthYear = full.Contains(c.CaseloadId) ? c.BirthYear : null,
            Gender = full.Contains(c.CaseloadId) ? c.Gender : null,
            ResidenceIstat = full.Contains(c.CaseloadId) ? c.ResidenceIstat : null,
            TargetGroup = full.Contains(c.CaseloadId) ? c.TargetGroup.ToString() : null,
            ProtectedCategory = full.Contains(c.CaseloadId) ? c.ProtectedCategory.ToString() : null,
        };
    }

    public IQueryable<CompanyRow> Companies() => db.Companies.AsNoTracking().OrderBy(c => c.Id).Select(Extend(CompanyFlat,
        (nameof(CompanyRow.Contacts), (Expression<Func<Company, List<ContactRow>>>)(c => c.Contacts.AsQueryable().Select(ContactFlat).ToList())),
        (nameof(CompanyRow.Vacancies), (Expression<Func<Company, List<VacancyRow>>>)(c => c.Vacancies.AsQueryable().Select(VacancyFlat).ToList()))));

    public IQueryable<ContactRow> Contacts() => db.Contacts.AsNoTracking().OrderBy(c => c.Id).Select(Extend(ContactFlat,
        (nameof(ContactRow.Company), Inline<Contact, Company, CompanyRow>(k => k.Company!, CompanyFlat))));

    public IQueryable<ActivityRow> Activities() => db.Activities.AsNoTracking().Where(a => a.RemovedAt == null).OrderBy(a => a.Id).Select(Extend(
        (Expression<Func<Activity, ActivityRow>>)(a => new ActivityRow
        {
            Id = a.Id,
            CompanyId = a.CompanyId,
            ContactId = a.ContactId,
            Type = a.Type.ToString(),
            Outcome = a.Outcome.ToString(),
            OccurredOn = DateOnly.FromDateTime(a.OccurredAt),
            Year = a.OccurredAt.Year,
            Month = a.OccurredAt.Month,
            UserId = a.UserId,
            NextStepOn = a.NextStepOn,
        }),
        (nameof(ActivityRow.Company), Inline<Activity, Company, CompanyRow>(a => a.Company!, CompanyFlat))));

    public IQueryable<VacancyRow> Vacancies()
    {
        var visible = PeopleAccess.VisiblePlacement(viewer);
        return db.Vacancies.AsNoTracking().OrderBy(v => v.Id).Select(Extend(VacancyFlat,
            (nameof(VacancyRow.Company), Inline<Vacancy, Company, CompanyRow>(v => v.Company!, CompanyFlat)),
            (nameof(VacancyRow.Placements), (Expression<Func<Vacancy, List<PlacementRow>>>)(v => v.Placements.AsQueryable().Where(visible).Select(PlacementFlat).ToList()))));
    }

    public IQueryable<PlacementRow> Placements() => PeopleAccess.Placements(db, viewer).AsNoTracking().OrderBy(p => p.Id).Select(Extend(PlacementFlat,
        (nameof(PlacementRow.Vacancy), Inline<Placement, Vacancy, VacancyRow>(p => p.Vacancy!, VacancyFlat)),
        (nameof(PlacementRow.Candidate), Inline<Placement, Candidate, CandidateRow>(p => p.Candidate!, CandidateFlat()))));

    public IQueryable<CandidateRow> Candidates()
    {
        var visible = PeopleAccess.VisiblePlacement(viewer);
        return PeopleAccess.Candidates(db, viewer).AsNoTracking().OrderBy(c => c.Id).Select(Extend(CandidateFlat(),
            (nameof(CandidateRow.Placements), (Expression<Func<Candidate, List<PlacementRow>>>)(c => c.Placements.AsQueryable().Where(visible).Select(PlacementFlat).ToList()))));
    }

    public IQueryable<CaseloadRow> Caseloads() => db.Caseloads.AsNoTracking().OrderBy(c => c.Id)
        .Select(c => new CaseloadRow { Id = c.Id, Code = c.Code, Name = c.Name, IsActive = c.IsActive });

    public IQueryable<FollowUpRow> FollowUps()
    {
        var me = viewer.UserId;
        var all = viewer.IsCoordinator;
        return db.FollowUps.AsNoTracking().Where(f => all || f.OwnerId == me).OrderBy(f => f.Id).Select(f => new FollowUpRow
        {
            Id = f.Id,
            OwnerId = f.OwnerId,
            DueOn = f.DueOn,
            Subject = f.OwnerId == me ? f.Subject : null,
            CompanyId = f.CompanyId,
            VacancyId = f.VacancyId,
            CandidateId = f.OwnerId == me ? f.CandidateId : null,
            Completed = f.CompletedAt != null,
        });
    }

    /// <summary>A flat projection with navigation members added (each built from the same source parameter).</summary>
    private static Expression<Func<TSource, TRow>> Extend<TSource, TRow>(Expression<Func<TSource, TRow>> flat, params (string Member, LambdaExpression Value)[] members)
    {
        var parameter = flat.Parameters[0];
        var body = (MemberInitExpression)flat.Body;
        var extra = members.Select(m => (MemberBinding)Expression.Bind(
            typeof(TRow).GetProperty(m.Member, BindingFlags.Public | BindingFlags.Instance)!,
            new Replace(m.Value.Parameters[0], parameter).Visit(m.Value.Body)!));
        return Expression.Lambda<Func<TSource, TRow>>(Expression.MemberInit(body.NewExpression, body.Bindings.Concat(extra)), parameter);
    }

    /// <summary>The flat projection of a required single navigation, inlined so that EF Core translates it.</summary>
    private static Expression<Func<TSource, TRow>> Inline<TSource, TTarget, TRow>(Expression<Func<TSource, TTarget>> navigation, Expression<Func<TTarget, TRow>> flat) =>
        Expression.Lambda<Func<TSource, TRow>>(new Replace(flat.Parameters[0], navigation.Body).Visit(flat.Body)!, navigation.Parameters);

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}
