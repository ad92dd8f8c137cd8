using AeI.Crm.Activities;
using AeI.Crm.Candidates;
using AeI.Crm.Caseloads;
using AeI.Crm.Common;
using AeI.Crm.Companies;
using AeI.Crm.Contacts;
using AeI.Crm.FollowUps;
using AeI.Crm.Mail;
using AeI.Crm.Geography;
using AeI.Crm.Placements;
using AeI.Crm.Search;
using AeI.Crm.Users;
using AeI.Crm.Vacancies;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Persistence;

public class CrmDbContext(DbContextOptions<CrmDbContext> options) : IdentityDbContext<CrmUser>(options)
{
    public DbSet<Company> Companies => Set<Company>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<Vacancy> Vacancies => Set<Vacancy>();

    public DbSet<Caseload> Caseloads => Set<Caseload>();

    public DbSet<CaseloadMembership> CaseloadMemberships => Set<CaseloadMembership>();

    public DbSet<Candidate> Candidates => Set<Candidate>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<SearchIndexChange> SearchIndexChanges => Set<SearchIndexChange>();

    public DbSet<OutboundMessage> OutboundMessages => Set<OutboundMessage>();

    public DbSet<AeI.Crm.Diary.DiaryNote> DiaryNotes => Set<AeI.Crm.Diary.DiaryNote>();

    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    public DbSet<AeI.Crm.Audit.AuditEntry> AuditEntries => Set<AeI.Crm.Audit.AuditEntry>();

    public DbSet<AeI.Crm.Importing.ImportRun> ImportRuns => Set<AeI.Crm.Importing.ImportRun>();

    public DbSet<AeI.Crm.Importing.ImportRowResult> ImportRowResults => Set<AeI.Crm.Importing.ImportRowResult>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves, bumping versions, and records a <see cref="SearchIndexChange"/> for every person and
    /// position added, changed or removed, in the same transaction: the search indexes can never miss a change.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        RefreshSearchNames();
        var people = ChangeTracker.Entries<Candidate>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity).ToList();
        var positions = ChangeTracker.Entries<AeI.Crm.Vacancies.Vacancy>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity).ToList();
        if (people.Count == 0 && positions.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // Accepted at once: the people's rows get their ids and are not written again by the second save.
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            var now = DateTime.UtcNow;
            SearchIndexChanges.AddRange(people.Select(p => new SearchIndexChange { CandidateId = p.Id, ChangedUtc = now }));
            SearchIndexChanges.AddRange(positions.Select(v => new SearchIndexChange { VacancyId = v.Id, ChangedUtc = now }));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Records that every person of a caseload changed for the index (e.g. the caseload was closed or reopened).</summary>
    public Task<int> RecordCaseloadIndexChangeAsync(int caseloadId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlInterpolatedAsync($"INSERT INTO SearchIndexChanges (CandidateId, ChangedUtc) SELECT Id, {DateTime.UtcNow} FROM Candidates WHERE CaseloadId = {caseloadId}", cancellationToken);

    /// <summary>
    /// Sets the version a form was loaded with as the original value, so the UPDATE only matches
    /// a row nobody changed since.
    /// </summary>
    public void ExpectVersion<T>(T entity, int loadedVersion)
        where T : class, IVersioned
    {
        Entry(entity).Property(e => e.Version).OriginalValue = loadedVersion;
    }

    /// <summary>
    /// Saves, or returns false when another user changed a versioned record since it was loaded;
    /// then nothing is saved and the caller shows the conflict.
    /// </summary>
    public async Task<bool> SaveUnlessConflictAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CrmDbContext).Assembly);
    }

    private void RefreshSearchNames()
    {
        foreach (var entry in ChangeTracker.Entries<ISearchable>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.RefreshSearchName();
            }
        }
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                // Through the tracker, so the new version is saved even when automatic change detection is off.
                entry.Property(e => e.Version).CurrentValue = entry.Property(e => e.Version).OriginalValue + 1;
            }
        }
    }
}
