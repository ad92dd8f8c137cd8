using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Routing.Controllers;

namespace AeI.Crm.Web.OData;

/// <summary>The read-only entity sets of /odata: a GET per set, rows from <see cref="FeedQueries"/>.</summary>
[Authorize(Policy = Policies.ReadFeed)]
public abstract class FeedController(CrmDbContext db, CurrentUser me) : ODataController
{
    protected async Task<FeedQueries> QueriesAsync() => new(db, await me.ViewerAsync(HttpContext.RequestAborted));
}

public sealed class CompaniesController(CrmDbContext db, CurrentUser me) : FeedController(db, me)
{
    [FeedQuery]
    public async Task<IQueryable<CompanyRow>> Get() => (await QueriesAsync()).Companies();
}

public sealed class ContactsController(CrmDbContext db, CurrentUser me) : FeedController(db, me)
{
    [FeedQuery]
    public async Task<IQueryable<ContactRow>> Get() => (await QueriesAsync()).Contacts();
}

public sealed class ActivitiesController(CrmDbContext db, CurrentUser me) : FeedController(db, me)
{
    [FeedQuery]
    public async Task<IQueryable<ActivityRow>> Get() => (await QueriesAsync()).Activities();
}

public sealed class VacanciesController(CrmDbContext db, CurrentUser me) : FeedController(db, me)
{
    [FeedQuery]
    public async Task<IQueryable<VacancyRow>> Get() => (await QueriesAsync()).Vacancies();
}

public sealed class PlacementsController(CrmDbContext db, CurrentUser me) : FeedController(db, me)
{
    [FeedQuery]
    public async Task<IQueryable<PlacementRow>> Get() => (await QueriesAsync()).Placements();
}

public sealed class CaseloadsController(CrmDbContext db, CurrentUser me) : FeedController(db, me)
{
    [FeedQuery]
    public async Task<IQueryable<CaseloadRow>> Get() => (await QueriesAsync()).Caseloads();
}

public sealed class FollowUpsController(CrmDbContext db, CurrentUser me) : FeedController(db, me)
{
    [FeedQuery]
    public async Task<IQueryable<FollowUpRow>> Get() => (await QueriesAsync()).FollowUps();
}

public sealed class CandidatesController(CrmDbContext db, CurrentUser me) : FeedController(db, me)
{
    [FeedQuery]
    public async Task<IQueryable<CandidateRow>> Get() => (await QueriesAsync()).Candidates();
}
