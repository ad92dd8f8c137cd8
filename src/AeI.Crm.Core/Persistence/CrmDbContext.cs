using AeI.Crm.Activities;
using AeI.Crm.Candidates;
using AeI.Crm.Caseloads;
using AeI.Crm.Common;
using AeI.Crm.Companies;
using AeI.Crm.Contacts;
using AeI.Crm.FollowUps;
using AeI.Crm.Geography;
using AeI.Crm.Placements;
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

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

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

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
            }
        }
    }
}
